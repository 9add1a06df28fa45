using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5). All rules run in one walk of the
/// document; errors come back in the order the rules found them. An empty list means the document is valid.
/// </summary>
public static class DocumentValidator
{
    /// <summary>graphql-js's default: past this many errors validation stops, so a hostile document cannot make it run long.</summary>
    public const int DefaultMaxErrors = 100;

    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>Runs <paramref name="rules"/> (default: <see cref="SpecifiedRules.All"/>) over the document.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IEnumerable<IValidationRule>? rules = null,
        int maxErrors = DefaultMaxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
            {
                throw new ValidationAbortedException(new GraphQLError(TooManyErrorsMessage));
            }
            errors.Add(error);
        });
        var visitors = (rules ?? SpecifiedRules.All).Select(rule => rule.CreateVisitor(context)).ToArray();
        try
        {
            Visitor.Visit(document, new TypeInfoVisitor(typeInfo, new ParallelVisitor(visitors)));
        }
        catch (ValidationAbortedException aborted)
        {
            // Too many errors, or a rule's work budget ran out: the list ends with the reason.
            errors.Add(aborted.Error);
        }
        return errors;
    }
}

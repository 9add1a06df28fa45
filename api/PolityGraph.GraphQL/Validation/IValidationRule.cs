using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Validation;

/// <summary>
/// One validation rule (spec section 5, or a server limit such as <see cref="Rules.MaxDepthRule"/>). Like a
/// graphql-js rule it is a factory: for each validation it makes a visitor that walks the document alongside
/// every other rule's and reports errors through the <see cref="ValidationContext"/>. Rules hold no state of
/// their own, so one instance serves any number of concurrent validations.
/// </summary>
public interface IValidationRule
{
    IAstVisitor CreateVisitor(ValidationContext context);
}

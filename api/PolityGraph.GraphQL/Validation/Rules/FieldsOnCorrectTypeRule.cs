using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: every selected field is defined on the parent type (or is a meta-field).
/// Suggests types that do have the field (for abstract parents) or similarly named fields, as graphql-js does.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            if (node is not FieldNode field || context.ParentType is not { } parentType || context.FieldDef is not null)
                return VisitorAction.Continue;

            var name = field.Name.Value;
            var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, parentType, name));
            if (suggestion.Length == 0) suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, name));
            context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\"." + suggestion, field);
            return VisitorAction.Continue;
        }

        // Types under an abstract parent that define the field: the most used first, super types before subtypes.
        private static IReadOnlyList<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
        {
            if (!type.IsAbstractType()) return Array.Empty<string>();
            var suggested = new List<ComplexType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(type))
            {
                if (possibleType.GetField(fieldName) is null) continue;
                if (!suggested.Contains(possibleType)) suggested.Add(possibleType);
                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null) continue;
                    if (!suggested.Contains(possibleInterface)) suggested.Add(possibleInterface);
                    usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
                }
            }
            // A stable sort, as JavaScript's Array.prototype.sort is.
            return suggested
                .Order(Comparer<ComplexType>.Create((a, b) =>
                {
                    var byUsage = usageCount[b.Name] - usageCount[a.Name];
                    if (byUsage != 0) return byUsage;
                    if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
                    if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
                    return string.CompareOrdinal(a.Name, b.Name);
                }))
                .Select(t => t.Name)
                .ToList();
        }

        private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
            type is ComplexType complex
                ? Suggestions.SuggestionList(fieldName, complex.Fields.Select(f => f.Name))
                : Array.Empty<string>();
    }
}

using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type (with 5.6.2 Input Object Field Names and 5.6.4 Input Object Required
/// Fields): every literal can be coerced to the input type expected where it stands. Leaf literals are checked
/// by the type's own literal coercion, so the messages are the scalars' and enums' own.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case ListValueNode list:
                    // A list where no list is expected is coerced as one value of the item type (spec 3.1.7).
                    if (context.ParentInputType?.GetNullableType() is not ListType)
                    {
                        CheckLeafValue(list);
                        return VisitorAction.SkipChildren;
                    }
                    return VisitorAction.Continue;

                case ObjectValueNode objectValue:
                    if (context.InputType?.GetNamedType() is not InputObjectType inputType)
                    {
                        CheckLeafValue(objectValue);
                        return VisitorAction.SkipChildren;
                    }
                    foreach (var field in inputType.Fields)
                    {
                        if (!field.IsRequiredInput() || objectValue.Fields.Any(f => f.Name.Value == field.Name)) continue;
                        context.ReportError(
                            $"Field \"{inputType.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.",
                            objectValue);
                    }
                    if (inputType.IsOneOf) CheckOneOf(inputType, objectValue);
                    return VisitorAction.Continue;

                case ObjectFieldNode objectField:
                    if (context.InputType is null && context.ParentInputType?.GetNamedType() is InputObjectType parentType)
                    {
                        var suggestions = Suggestions.SuggestionList(objectField.Name.Value, parentType.Fields.Select(f => f.Name));
                        context.ReportError(
                            $"Field \"{objectField.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                            objectField);
                    }
                    return VisitorAction.Continue;

                case NullValueNode nullValue:
                    if (context.InputType is NonNullType nonNull)
                        context.ReportError($"Expected value of type \"{nonNull}\", found null.", nullValue);
                    return VisitorAction.Continue;

                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    CheckLeafValue((ValueNode)node);
                    return VisitorAction.Continue;

                default:
                    return VisitorAction.Continue;
            }
        }

        // A OneOf Input Object literal gives exactly one field, and not null (spec draft 5.6.1; graphql-js validateOneOfInputObject).
        private void CheckOneOf(InputObjectType type, ObjectValueNode value)
        {
            var names = value.Fields.Select(f => f.Name.Value).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count != 1)
            {
                context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", value);
                return;
            }
            if (value.Fields.First(f => f.Name.Value == names[0]).Value is NullValueNode)
                context.ReportError($"Field \"{type.Name}.{names[0]}\" must be non-null.", value);
        }

        // A value where a scalar or enum is expected: the type's literal coercion decides.
        private void CheckLeafValue(ValueNode value)
        {
            if (context.InputType is not { } locationType) return;
            var type = locationType.GetNamedType();
            try
            {
                switch (type)
                {
                    case ScalarType scalar:
                        scalar.ParseLiteral(value);
                        break;
                    case EnumType enumType:
                        enumType.ParseLiteral(value);
                        break;
                    default:
                        context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(value)}.", value);
                        break;
                }
            }
            catch (GraphQLException error)
            {
                // The type's own words, placed at the literal.
                context.ReportError(error.Message, value);
            }
            catch (Exception error) when (error is FormatException or OverflowException or ArgumentException or InvalidOperationException)
            {
                context.ReportError(
                    new GraphQLError(
                        $"Expected value of type \"{locationType}\", found {Printer.Print(value)}; {error.Message}",
                        GraphQLError.At("", value).Locations,
                        originalError: error));
            }
        }
    }
}

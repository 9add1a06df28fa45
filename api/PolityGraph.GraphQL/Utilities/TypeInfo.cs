using PolityGraph.GraphQL.Introspection;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>
/// Tracks, while a document is walked, the schema element of the current node: its output type, parent
/// composite type, field, directive, argument, input type and enum value (graphql-js TypeInfo). Call
/// <see cref="Enter"/> before and <see cref="Leave"/> after visiting each node.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IGraphQLType?> _typeStack = new();
    private readonly List<NamedType?> _parentTypeStack = new();
    private readonly List<IGraphQLType?> _inputTypeStack = new();
    private readonly List<FieldDefinition?> _fieldDefStack = new();
    private readonly List<InputValueDefinition?> _defaultValueStack = new();

    public TypeInfo(Schema schema) => _schema = schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public IGraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current argument, variable definition or value.</summary>
    public IGraphQLType? InputType => Top(_inputTypeStack);

    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>True when the current input position (argument or input field) has a default value.</summary>
    public bool HasDefaultValue => Top(_defaultValueStack)?.HasDefaultValue == true;

    /// <summary>The argument or input field definition giving the current default, if any.</summary>
    public InputValueDefinition? DefaultValueSource => Top(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public ArgumentDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(AstNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType() ? named : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? GetFieldDefinition(_schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is not null && fieldDef.Type.IsOutputType() ? fieldDef.Type : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                PushTypeCondition(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushTypeCondition(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeFromAst.Get(_schema, variable.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                ArgumentDefinition? argumentDef = null;
                if (Directive is not null) argumentDef = Directive.GetArgument(argument.Name.Value);
                else if (FieldDef is not null) argumentDef = FieldDef.GetArgument(argument.Name.Value);
                Argument = argumentDef;
                _defaultValueStack.Add(argumentDef);
                _inputTypeStack.Add(argumentDef is not null && argumentDef.Type.IsInputType() ? argumentDef.Type : null);
                break;
            case ListValueNode:
                var listType = InputType?.GetNullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                InputValueDefinition? inputField = null;
                if (InputType?.GetNamedType() is InputObjectType inputObject) inputField = inputObject.GetField(objectField.Name.Value);
                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(AstNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode:
            case InlineFragmentNode:
            case FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode:
            case ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field selected on a composite type, meta-fields included: __typename anywhere,
    /// __schema and __type on the query type only (spec 4.1).
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName == "__typename" && parentType.IsCompositeType()) return MetaFields.TypeName;
        if (ReferenceEquals(parentType, schema.QueryType))
        {
            if (fieldName == "__schema") return MetaFields.Schema;
            if (fieldName == "__type") return MetaFields.Type;
        }
        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    private void PushTypeCondition(NamedTypeNode? condition)
    {
        var type = condition is not null ? TypeFromAst.Get(_schema, condition) : Type?.GetNamedType();
        _typeStack.Add(type is not null && type.IsOutputType() ? type : null);
    }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }
}

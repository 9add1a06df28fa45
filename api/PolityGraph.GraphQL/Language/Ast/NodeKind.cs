namespace PolityGraph.GraphQL.Language.Ast;

/// <summary>Every kind of AST node, named as graphql-js's Kind enum names them.</summary>
public enum NodeKind
{
    Name,

    // Document
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,

    // Fragments
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,

    // Values
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,

    // Directives
    Directive,

    // Types
    NamedType,
    ListType,
    NonNullType,

    // Type system definitions
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,

    // Type system extensions
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

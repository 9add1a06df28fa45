using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Language;

// Type-system definitions and extensions (spec section 3): the SDL half of the grammar.
public sealed partial class Parser
{
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceLeft);
        var operationTypes = StartList<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        return new SchemaDefinitionNode(description, directives, operationTypes.ToArray(), Loc(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType(), Loc(start));
    }

    private IReadOnlyList<OperationTypeDefinitionNode> ParseOptionalOperationTypes()
    {
        if (!ExpectOptional(TokenKind.BraceLeft)) return Array.Empty<OperationTypeDefinitionNode>();
        var operationTypes = StartList<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        return operationTypes.ToArray();
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(isConst: true), Loc(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    // ImplementsInterfaces : implements &? NamedType (& NamedType)*
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedNamedTypes(TokenKind.Amp) : Array.Empty<NamedTypeNode>();

    private NamedTypeNode[] DelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var types = StartList<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptional(delimiter));
        return types.ToArray();
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft)) return Array.Empty<FieldDefinitionNode>();
        var fields = StartList<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        return fields.ToArray();
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenLeft, TokenKind.ParenRight);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(start));
    }

    // ArgumentsDefinition ( ... ) and InputFieldsDefinition { ... }: one or more InputValueDefinitions.
    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open)) return Array.Empty<InputValueDefinitionNode>();
        var definitions = StartList<InputValueDefinitionNode>();
        do
        {
            definitions.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));
        return definitions.ToArray();
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, Loc(start));
    }

    // UnionMemberTypes : = |? NamedType (| NamedType)*
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? DelimitedNamedTypes(TokenKind.Pipe) : Array.Empty<NamedTypeNode>();

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, Loc(start));
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft)) return Array.Empty<EnumValueDefinitionNode>();
        var values = StartList<EnumValueDefinitionNode>();
        do
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            var name = ParseEnumValueName();
            values.Add(new EnumValueDefinitionNode(description, name, ParseDirectives(isConst: true), Loc(start)));
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        return values.ToArray();
    }

    // EnumValue : Name but not true, false or null
    private NameNode ParseEnumValueName()
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value is "true" or "false" or "null")
        {
            throw Error(token.Start, $"{token.Describe()} is reserved and cannot be used for an enum value.");
        }
        return ParseName();
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
    }

    // DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenLeft, TokenKind.ParenRight);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptional(TokenKind.Pipe);
        var locations = StartList<NameNode>();
        do
        {
            var token = _lexer.Token;
            var location = ParseName();
            if (!DirectiveLocations.TryParse(location.Value, out _)) throw Unexpected(token);
            locations.Add(location);
        }
        while (ExpectOptional(TokenKind.Pipe));
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations.ToArray(), Loc(start));
    }

    // ---- Extensions (spec 3.3.2 and each type's "Extensions" section) ----

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalOperationTypes();
        if (directives.Count == 0 && operationTypes.Count == 0) throw Unexpected(_lexer.Token);
        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0) throw Unexpected(_lexer.Token);
        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0) throw Unexpected(_lexer.Token);
        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0) throw Unexpected(_lexer.Token);
        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight);
        if (directives.Count == 0 && fields.Count == 0) throw Unexpected(_lexer.Token);
        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }
}

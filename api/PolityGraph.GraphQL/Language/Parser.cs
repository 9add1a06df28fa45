using System.Runtime.CompilerServices;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the whole GraphQL grammar (spec Appendix B, October 2021): executable
/// documents, type-system definitions and extensions. Follows graphql-js's parser so that the same input gets
/// the same tree and the same error messages. One instance parses one source; use the static entry points.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly bool _noLocation;
    private readonly List<AstNode> _pending = new();
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _options = options ?? ParserOptions.Default;
        if (source.Body.Length > _options.MaxDocumentLength)
        {
            throw new GraphQLSyntaxException(
                source, 0, $"Document exceeds the maximum length of {_options.MaxDocumentLength} characters.", prefixed: false);
        }
        _lexer = new Lexer(source, _options.MaxTokens);
        _noLocation = _options.NoLocation;
    }

    /// <summary>Parses a document; throws <see cref="GraphQLSyntaxException"/> with a located error if it is invalid.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a lone value literal such as <c>[1, {a: $v}]</c>; variables are allowed.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) => ParseValue(source, isConst: false, options);

    /// <summary>Parses a lone value literal; with <paramref name="isConst"/> variables are rejected.</summary>
    public static ValueNode ParseValue(string source, bool isConst, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => ParseValue(source, isConst: true, options);

    /// <summary>Parses a lone type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(source), options);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    // Document : Definition+
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        Expect(TokenKind.StartOfFile);
        var definitions = StartList<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));
        return new DocumentNode(definitions.ToArray(), Loc(start));
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft)) return ParseOperationDefinition();

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Token.Start, "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keyword.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    // ---- Executable definitions (spec 2.3-2.10) ----

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceLeft))
        {
            return new OperationDefinitionNode(
                OperationType.Query, null, Array.Empty<VariableDefinitionNode>(), Array.Empty<DirectiveNode>(),
                ParseSelectionSet(), Loc(start));
        }
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinitionNode(
            operation, name, ParseVariableDefinitions(), ParseDirectives(isConst: false), ParseSelectionSet(), Loc(start));
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenLeft)) return Array.Empty<VariableDefinitionNode>();
        var definitions = StartList<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenRight));
        return definitions.ToArray();
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, Loc(start));
    }

    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), Loc(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        Expect(TokenKind.BraceLeft);
        EnterNesting(start);
        var selections = StartList<SelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        _depth--;
        return new SelectionSetNode(selections.ToArray(), Loc(start));
    }

    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenLeft)) return Array.Empty<ArgumentNode>();
        var arguments = StartList<ArgumentNode>();
        do
        {
            var start = _lexer.Token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            arguments.Add(new ArgumentNode(name, ParseValueLiteral(isConst), Loc(start)));
        }
        while (!ExpectOptional(TokenKind.ParenRight));
        return arguments.ToArray();
    }

    // FragmentSpread : ... FragmentName Directives?   InlineFragment : ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(isConst: false), Loc(start));
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), Loc(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        return new FragmentDefinitionNode(name, typeCondition, directives, ParseSelectionSet(), Loc(start));
    }

    // FragmentName : Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (_lexer.Token.Value == "on" && _lexer.Token.Kind == TokenKind.Name) throw Unexpected(_lexer.Token);
        return ParseName();
    }

    // ---- Values (spec 2.9) ----

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                _lexer.Advance();
                return new IntValueNode(token.Value!, Loc(token));
            case TokenKind.Float:
                _lexer.Advance();
                return new FloatValueNode(token.Value!, Loc(token));
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                _lexer.Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, Loc(token)),
                    "false" => new BooleanValueNode(false, Loc(token)),
                    "null" => new NullValueNode(Loc(token)),
                    _ => new EnumValueNode(token.Value!, Loc(token)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        _lexer.Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, Loc(token));
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        Expect(TokenKind.BracketLeft);
        EnterNesting(start);
        if (ExpectOptional(TokenKind.BracketRight))
        {
            _depth--;
            return new ListValueNode(Array.Empty<ValueNode>(), Loc(start));
        }
        var values = StartList<ValueNode>();
        do
        {
            values.Add(ParseValueLiteral(isConst));
        }
        while (!ExpectOptional(TokenKind.BracketRight));
        _depth--;
        return new ListValueNode(values.ToArray(), Loc(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        Expect(TokenKind.BraceLeft);
        EnterNesting(start);
        if (ExpectOptional(TokenKind.BraceRight))
        {
            _depth--;
            return new ObjectValueNode(Array.Empty<ObjectFieldNode>(), Loc(start));
        }
        var fields = StartList<ObjectFieldNode>();
        do
        {
            var fieldStart = _lexer.Token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectFieldNode(name, ParseValueLiteral(isConst), Loc(fieldStart)));
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        _depth--;
        return new ObjectValueNode(fields.ToArray(), Loc(start));
    }

    // ---- Directives and types (spec 2.11, 2.12) ----

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return Array.Empty<DirectiveNode>();
        var directives = StartList<DirectiveNode>();
        do
        {
            var start = _lexer.Token;
            Expect(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst), Loc(start)));
        }
        while (Peek(TokenKind.At));
        return directives.ToArray();
    }

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketLeft))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            _depth--;
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode(ParseName(), Loc(start));
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!, Loc(token));
    }

    // ---- Token helpers (graphql-js names: peek, expectToken, expectOptionalToken, expectKeyword...) ----

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
        }
        _lexer.Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind) return false;
        _lexer.Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            throw Error(token.Start, $"Expected \"{keyword}\", found {token.Describe()}.");
        }
        _lexer.Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword) return false;
        _lexer.Advance();
        return true;
    }

    // Nesting is limited both by the option and by the real stack, so no document can overflow it.
    private void EnterNesting(Token at)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw new GraphQLSyntaxException(
                _lexer.Source, at.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.", prefixed: false);
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GraphQLSyntaxException(_lexer.Source, at.Start, "Document is nested too deeply to parse.", prefixed: false);
        }
    }

    // Lists are gathered on one shared stack and copied out at their exact size: nested lists (a selection set
    // inside a field inside a selection set) always finish before the enclosing one adds its next item.
    private PendingList<T> StartList<T>() where T : AstNode => new(_pending);

    private readonly struct PendingList<T>(List<AstNode> stack) where T : AstNode
    {
        private readonly int _mark = stack.Count;

        public void Add(T node) => stack.Add(node);

        public T[] ToArray()
        {
            var count = stack.Count - _mark;
            if (count == 0) return Array.Empty<T>();
            var items = new T[count];
            for (var i = 0; i < count; i++) items[i] = (T)stack[_mark + i];
            stack.RemoveRange(_mark, count);
            return items;
        }
    }

    private Location? Loc(Token start) =>
        _noLocation ? null : new Location(start.Start, _lexer.LastTokenEnd, start.Line, start.Column);

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLSyntaxException Error(int position, string description) => new(_lexer.Source, position, description);
}

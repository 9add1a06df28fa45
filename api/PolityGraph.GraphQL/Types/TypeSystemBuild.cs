using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>
/// The work of one <see cref="SchemaBuilder.Build"/>: gathers definitions and extensions from SDL documents,
/// creates the named types, then fills in fields, arguments, values, interfaces and members by name.
/// </summary>
internal sealed class TypeSystemBuild
{
    private readonly IReadOnlyDictionary<string, ScalarType> _scalarImplementations;
    private readonly List<string> _problems;
    private readonly List<TypeDefinitionNode> _typeDefinitions = new();
    private readonly List<TypeExtensionNode> _typeExtensions = new();
    private readonly List<DirectiveDefinitionNode> _directiveDefinitions = new();
    private readonly List<SchemaExtensionNode> _schemaExtensions = new();
    private SchemaDefinitionNode? _schemaDefinition;
    private readonly List<DirectiveDefinition> _directives = new();
    private readonly List<Action> _pendingDefaults = new();

    public TypeSystemBuild(IReadOnlyDictionary<string, ScalarType> scalarImplementations, List<string> problems)
    {
        _scalarImplementations = scalarImplementations;
        _problems = problems;
    }

    /// <summary>Named types by name, in definition order.</summary>
    public Dictionary<string, NamedType> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Enum, string Value), object> EnumValueBindings { get; } = new();

    public void Collect(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (_schemaDefinition is not null) _problems.Add("Must provide only one schema definition.");
                    _schemaDefinition = schema;
                    break;
                case SchemaExtensionNode schemaExtension: _schemaExtensions.Add(schemaExtension); break;
                case TypeDefinitionNode type: _typeDefinitions.Add(type); break;
                case TypeExtensionNode extension: _typeExtensions.Add(extension); break;
                case DirectiveDefinitionNode directive: _directiveDefinitions.Add(directive); break;
                default: _problems.Add($"A schema document may hold only type-system definitions; found a {definition.Kind}."); break;
            }
        }
    }

    public void CreateTypes()
    {
        foreach (var definition in _typeDefinitions)
        {
            var name = definition.Name.Value;
            if (Types.ContainsKey(name))
            {
                _problems.Add($"There can be only one type named \"{name}\".");
                continue;
            }
            if (Scalars.ByName(name) is { } specified && definition is ScalarTypeDefinitionNode)
            {
                Types[name] = specified;
                continue;
            }
            var description = definition.Description?.Value;
            NamedType type = definition switch
            {
                ScalarTypeDefinitionNode => CreateScalar(name, description),
                ObjectTypeDefinitionNode => new ObjectType(name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description),
                UnionTypeDefinitionNode => new UnionType(name, description),
                EnumTypeDefinitionNode => new EnumType(name, description),
                InputObjectTypeDefinitionNode input => new InputObjectType(name, description) { IsOneOf = HasOneOf(input.Directives) || HasOneOfExtension(name) },
                _ => throw new InvalidOperationException("Unknown type definition " + definition.Kind),
            };
            type.AstNode = definition;
            Types[name] = type;
        }
        foreach (var extension in _typeExtensions)
        {
            var name = extension.Name.Value;
            if (!Types.TryGetValue(name, out var type))
            {
                _problems.Add($"Cannot extend type \"{name}\" because it is not defined.");
                continue;
            }
            if (!ExtensionFits(type, extension))
            {
                _problems.Add($"Cannot extend non-{KindWord(extension)} type \"{name}\".");
                continue;
            }
            type.Extensions.Add(extension);
        }
        foreach (var scalar in _scalarImplementations.Keys)
            if (!Types.ContainsKey(scalar) && Scalars.ByName(scalar) is null)
                _problems.Add($"Scalar \"{scalar}\" was added but the SDL does not declare \"scalar {scalar}\".");
    }

    public void CompleteTypes()
    {
        foreach (var definition in _directiveDefinitions) _directives.Add(BuildDirective(definition));
        foreach (var type in Types.Values)
        {
            if (type.AstNode is null) continue;
            switch (type)
            {
                case ScalarType scalar:
                    var url = SpecifiedByUrl(type.AppliedDirectives);
                    if (url is not null) scalar.SpecifiedByUrl = url;
                    break;
                case ComplexType complex:
                    CompleteComplexType(complex);
                    break;
                case UnionType union:
                    foreach (var member in MemberNodes(union))
                    {
                        if (Lookup(member) is ObjectType obj) union.AddType(obj);
                        else if (Lookup(member) is not null) _problems.Add($"Union type {union.Name} can only include Object types, it cannot include {member.Name.Value}.");
                    }
                    break;
                case EnumType enumType:
                    foreach (var value in EnumValueNodes(enumType))
                    {
                        var internalValue = EnumValueBindings.GetValueOrDefault((enumType.Name, value.Name.Value));
                        Guard(() => enumType.AddValue(new EnumValueDefinition(value.Name.Value, internalValue, value.Description?.Value, DeprecationReason(value.Directives)) { AstNode = value }));
                    }
                    break;
                case InputObjectType input:
                    foreach (var field in InputFieldNodes(input))
                        if (BuildInputValue(field, (n, t, d, r) => new InputValueDefinition(n, t, d, r) { AstNode = field }, $"{input.Name}.{field.Name.Value}") is { } built)
                            Guard(() => input.AddField(built));
                    break;
            }
        }
        foreach (var coerceDefault in _pendingDefaults) coerceDefault();
        _pendingDefaults.Clear();
    }

    public Schema CreateSchema()
    {
        ObjectType? query = null, mutation = null, subscription = null;
        var operationTypes = new List<OperationTypeDefinitionNode>();
        if (_schemaDefinition is not null) operationTypes.AddRange(_schemaDefinition.OperationTypes);
        foreach (var extension in _schemaExtensions) operationTypes.AddRange(extension.OperationTypes);
        foreach (var operationType in operationTypes)
        {
            var type = Lookup(operationType.Type);
            if (type is null) continue;
            if (type is not ObjectType obj)
            {
                _problems.Add($"{Capitalized(operationType.Operation)} root type must be Object type, it cannot be {type.Name}.");
                continue;
            }
            switch (operationType.Operation)
            {
                case OperationType.Query: query = obj; break;
                case OperationType.Mutation: mutation = obj; break;
                case OperationType.Subscription: subscription = obj; break;
            }
        }
        // Without a schema definition the types named Query, Mutation and Subscription are the roots (graphql-js buildASTSchema).
        if (_schemaDefinition is null)
        {
            query = Types.GetValueOrDefault("Query") as ObjectType ?? query;
            mutation = Types.GetValueOrDefault("Mutation") as ObjectType ?? mutation;
            subscription = Types.GetValueOrDefault("Subscription") as ObjectType ?? subscription;
        }
        if (_problems.Count > 0) throw new SchemaException(_problems);

        var directives = new List<DirectiveDefinition>(_directives);
        foreach (var specified in SpecifiedDirectives.All)
            if (directives.All(d => d.Name != specified.Name)) directives.Add(specified);
        return new Schema(query, mutation, subscription, Types.Values, directives, _schemaDefinition?.Description?.Value, _schemaDefinition);
    }

    private ScalarType CreateScalar(string name, string? description)
    {
        if (!_scalarImplementations.TryGetValue(name, out var implementation)) return new PassThroughScalar(name, description);
        if (implementation.Description is null) implementation.Description = description;
        return implementation;
    }

    private void CompleteComplexType(ComplexType type)
    {
        foreach (var iface in InterfaceNodes(type))
        {
            switch (Lookup(iface))
            {
                case InterfaceType found:
                    if (type.Interfaces.Contains(found)) _problems.Add($"Type {type.Name} can only implement {found.Name} once.");
                    else type.AddInterface(found);
                    break;
                case { } other:
                    _problems.Add($"Type {type.Name} must only implement Interface types, it cannot implement {other.Name}.");
                    break;
            }
        }
        foreach (var fieldNode in FieldNodes(type))
        {
            var fieldType = ResolveType(fieldNode.Type);
            if (fieldType is null) continue;
            var field = new FieldDefinition(fieldNode.Name.Value, fieldType, fieldNode.Description?.Value, DeprecationReason(fieldNode.Directives)) { AstNode = fieldNode };
            foreach (var argumentNode in fieldNode.Arguments)
                if (BuildInputValue(argumentNode, (n, t, d, r) => new ArgumentDefinition(n, t, d, r) { AstNode = argumentNode }, $"{type.Name}.{field.Name}({argumentNode.Name.Value}:)") is { } argument)
                    Guard(() => field.AddArgument(argument));
            Guard(() => type.AddField(field));
        }
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var location in node.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out var parsed)) locations.Add(parsed);
            else _problems.Add($"Unknown directive location \"{location.Value}\" on @{node.Name.Value}.");
        }
        var directive = new DirectiveDefinition(node.Name.Value, locations, node.Description?.Value, node.Repeatable) { AstNode = node };
        foreach (var argumentNode in node.Arguments)
            if (BuildInputValue(argumentNode, (n, t, d, r) => new ArgumentDefinition(n, t, d, r) { AstNode = argumentNode }, $"@{node.Name.Value}({argumentNode.Name.Value}:)") is { } argument)
                Guard(() => directive.AddArgument(argument));
        return directive;
    }

    private T? BuildInputValue<T>(InputValueDefinitionNode node, Func<string, IGraphQLType, string?, string?, T> create, string coordinate)
        where T : InputValueDefinition
    {
        var type = ResolveType(node.Type);
        if (type is null) return null;
        var value = create(node.Name.Value, type, node.Description?.Value, DeprecationReason(node.Directives));
        if (node.DefaultValue is { } defaultValue)
        {
            // Coerced once every type is complete: a default may name an enum value or input field defined further
            // down, and an input object default takes the defaults of its fields, which may not be coerced yet.
            if (type.IsInputType())
            {
                value.SetPendingDefaultValue(() => ValueFromAst.Coerce(defaultValue, type));
                _pendingDefaults.Add(() =>
                {
                    try
                    {
                        _ = value.DefaultValue;
                    }
                    catch (GraphQLException e)
                    {
                        value.RemoveDefaultValue();
                        _problems.Add($"Invalid default value for {coordinate}: {e.Message}");
                    }
                });
            }
        }
        return value;
    }

    private IGraphQLType? ResolveType(TypeNode node) => node switch
    {
        NamedTypeNode named => Lookup(named),
        ListTypeNode list => ResolveType(list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => ResolveType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    private NamedType? Lookup(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (Types.TryGetValue(name, out var type)) return type;
        if (Scalars.ByName(name) is { } scalar) return scalar;
        var suggestions = Suggestions.SuggestionList(name, Types.Keys.Concat(Scalars.Specified.Select(s => s.Name)));
        _problems.Add($"Unknown type \"{name}\".{Suggestions.DidYouMean(suggestions)}");
        return null;
    }

    /// <summary>The reason of an applied @deprecated, its default when none is written (spec 3.13.3); null if not deprecated.</summary>
    private static string? DeprecationReason(IEnumerable<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != SpecifiedDirectives.Deprecated.Name) continue;
            var reason = directive.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
            return reason?.Value is StringValueNode text ? text.Value : SpecifiedDirectives.DefaultDeprecationReason;
        }
        return null;
    }

    private static string? SpecifiedByUrl(IEnumerable<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != SpecifiedDirectives.SpecifiedBy.Name) continue;
            return directive.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url ? url.Value : null;
        }
        return null;
    }

    private IEnumerable<FieldDefinitionNode> FieldNodes(ComplexType type)
    {
        var own = type.AstNode switch
        {
            ObjectTypeDefinitionNode o => o.Fields,
            InterfaceTypeDefinitionNode i => i.Fields,
            _ => Array.Empty<FieldDefinitionNode>(),
        };
        foreach (var field in own) yield return field;
        foreach (var extension in type.Extensions)
        {
            var fields = extension switch
            {
                ObjectTypeExtensionNode o => o.Fields,
                InterfaceTypeExtensionNode i => i.Fields,
                _ => Array.Empty<FieldDefinitionNode>(),
            };
            foreach (var field in fields) yield return field;
        }
    }

    private static IEnumerable<NamedTypeNode> InterfaceNodes(ComplexType type)
    {
        var own = type.AstNode switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            _ => Array.Empty<NamedTypeNode>(),
        };
        foreach (var node in own) yield return node;
        foreach (var extension in type.Extensions)
        {
            var nodes = extension switch
            {
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                _ => Array.Empty<NamedTypeNode>(),
            };
            foreach (var node in nodes) yield return node;
        }
    }

    private static IEnumerable<NamedTypeNode> MemberNodes(UnionType type)
    {
        if (type.AstNode is UnionTypeDefinitionNode definition) foreach (var node in definition.Types) yield return node;
        foreach (var extension in type.Extensions)
            if (extension is UnionTypeExtensionNode union) foreach (var node in union.Types) yield return node;
    }

    private static IEnumerable<EnumValueDefinitionNode> EnumValueNodes(EnumType type)
    {
        if (type.AstNode is EnumTypeDefinitionNode definition) foreach (var node in definition.Values) yield return node;
        foreach (var extension in type.Extensions)
            if (extension is EnumTypeExtensionNode values) foreach (var node in values.Values) yield return node;
    }

    private static bool HasOneOf(IEnumerable<DirectiveNode> directives) =>
        directives.Any(d => d.Name.Value == SpecifiedDirectives.OneOf.Name);

    // @oneOf may come with an extension (extend input X @oneOf), as graphql-js's extendSchema allows.
    private bool HasOneOfExtension(string name) =>
        _typeExtensions.Any(e => e is InputObjectTypeExtensionNode input && input.Name.Value == name && HasOneOf(input.Directives));

    private static IEnumerable<InputValueDefinitionNode> InputFieldNodes(InputObjectType type)
    {
        if (type.AstNode is InputObjectTypeDefinitionNode definition) foreach (var node in definition.Fields) yield return node;
        foreach (var extension in type.Extensions)
            if (extension is InputObjectTypeExtensionNode input) foreach (var node in input.Fields) yield return node;
    }

    private static bool ExtensionFits(NamedType type, TypeExtensionNode extension) => (type, extension) switch
    {
        (ScalarType, ScalarTypeExtensionNode) => true,
        (ObjectType, ObjectTypeExtensionNode) => true,
        (InterfaceType, InterfaceTypeExtensionNode) => true,
        (UnionType, UnionTypeExtensionNode) => true,
        (EnumType, EnumTypeExtensionNode) => true,
        (InputObjectType, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindWord(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private static string Capitalized(OperationType operation) => operation switch
    {
        OperationType.Query => "Query",
        OperationType.Mutation => "Mutation",
        _ => "Subscription",
    };

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (SchemaException e)
        {
            _problems.AddRange(e.Problems);
        }
    }
}

using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>
/// The type-system rules of spec section 3 (graphql-js validateSchema): root types, reserved names, fields and
/// arguments of the right kinds, interface implementation (3.7.1 IsValidImplementation), non-empty unions and
/// enums, input objects without non-null cycles. Messages are worded as graphql-js words them.
/// </summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        var problems = new List<string>();
        if (schema.QueryType is null) problems.Add("Query root type must be provided.");
        ValidateDirectives(schema, problems);
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                if (!Introspection.IntrospectionTypes.IsIntrospectionType(type)) problems.Add(ReservedName(type.Name));
                continue;
            }
            switch (type)
            {
                case ObjectType or InterfaceType:
                    var complex = (ComplexType)type;
                    ValidateFields(complex, problems);
                    ValidateInterfaces(schema, complex, problems);
                    break;
                case UnionType union:
                    ValidateUnion(union, problems);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, problems);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, problems);
                    break;
            }
        }
        ValidateInputObjectCycles(schema, problems);
        return problems;
    }

    private static string ReservedName(string name) =>
        $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.";

    private static void ValidateDirectives(Schema schema, List<string> problems)
    {
        foreach (var directive in schema.Directives)
        {
            if (SpecifiedDirectives.IsSpecified(directive)) continue;
            if (directive.Name.StartsWith("__", StringComparison.Ordinal)) problems.Add(ReservedName(directive.Name));
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.StartsWith("__", StringComparison.Ordinal)) problems.Add(ReservedName(argument.Name));
                if (!argument.Type.IsInputType())
                    problems.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                if (argument.IsRequiredInput() && argument.IsDeprecated)
                    problems.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateFields(ComplexType type, List<string> problems)
    {
        if (type.Fields.Count == 0) problems.Add($"Type {type.Name} must define one or more fields.");
        foreach (var field in type.Fields)
        {
            if (field.Name.StartsWith("__", StringComparison.Ordinal)) problems.Add(ReservedName(field.Name));
            if (!field.Type.IsOutputType())
                problems.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            foreach (var argument in field.Arguments)
            {
                if (argument.Name.StartsWith("__", StringComparison.Ordinal)) problems.Add(ReservedName(argument.Name));
                if (!argument.Type.IsInputType())
                    problems.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                if (argument.IsRequiredInput() && argument.IsDeprecated)
                    problems.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, List<string> problems)
    {
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                problems.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            foreach (var transitive in iface.Interfaces)
                if (!type.Interfaces.Contains(transitive))
                    problems.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
            ValidateImplementation(schema, type, iface, problems);
        }
    }

    // Spec 3.7.1 IsValidImplementation.
    private static void ValidateImplementation(Schema schema, ComplexType type, InterfaceType iface, List<string> problems)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                problems.Add($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.");
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                problems.Add($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.");
            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(ifaceArgument.Name);
                if (typeArgument is null)
                {
                    problems.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.");
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                    problems.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{fieldName}({ifaceArgument.Name}:) is type {typeArgument.Type}.");
            }
            foreach (var typeArgument in typeField.Arguments)
                if (ifaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequiredInput())
                    problems.Add($"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{fieldName}.");
        }
    }

    private static void ValidateUnion(UnionType union, List<string> problems)
    {
        if (union.Types.Count == 0) problems.Add($"Union type {union.Name} must define one or more member types.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
            if (!seen.Add(member.Name)) problems.Add($"Union type {union.Name} can only include type {member.Name} once.");
    }

    private static void ValidateEnum(EnumType enumType, List<string> problems)
    {
        if (enumType.Values.Count == 0) problems.Add($"Enum type {enumType.Name} must define one or more values.");
        foreach (var value in enumType.Values)
        {
            if (value.Name.StartsWith("__", StringComparison.Ordinal)) problems.Add(ReservedName(value.Name));
            if (value.Name is "true" or "false" or "null") problems.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> problems)
    {
        if (input.Fields.Count == 0) problems.Add($"Input Object type {input.Name} must define one or more fields.");
        foreach (var field in input.Fields)
        {
            if (field.Name.StartsWith("__", StringComparison.Ordinal)) problems.Add(ReservedName(field.Name));
            if (!field.Type.IsInputType())
                problems.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            if (field.IsRequiredInput() && field.IsDeprecated)
                problems.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            // Spec draft 3.10.1, graphql-js validateOneOfInputObjectField.
            if (input.IsOneOf && field.Type is NonNullType)
                problems.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
            if (input.IsOneOf && field.HasDefaultValue)
                problems.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
        }
    }

    // An input object may not reach itself through non-null singular fields: no finite value could exist (spec 3.10).
    private static void ValidateInputObjectCycles(Schema schema, List<string> problems)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var type in schema.Types)
            if (type is InputObjectType input) Detect(input, visited, new List<InputValueDefinition>(), new Dictionary<InputObjectType, int>(), problems);
    }

    private static void Detect(InputObjectType input, HashSet<InputObjectType> visited, List<InputValueDefinition> path, Dictionary<InputObjectType, int> pathIndex, List<string> problems)
    {
        if (!visited.Add(input)) return;
        pathIndex[input] = path.Count;
        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
            path.Add(field);
            if (!pathIndex.TryGetValue(fieldType, out var cycleIndex)) Detect(fieldType, visited, path, pathIndex, problems);
            else
            {
                var cycle = string.Join(".", path.Skip(cycleIndex).Select(f => f.Name));
                problems.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
            }
            path.RemoveAt(path.Count - 1);
        }
        pathIndex.Remove(input);
    }
}

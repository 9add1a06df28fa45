namespace PolityGraph.GraphQL.Language;

/// <summary>Where a directive may appear (spec 3.13, ExecutableDirectiveLocation and TypeSystemDirectiveLocation).</summary>
public enum DirectiveLocation
{
    // Executable locations
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type-system locations
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

public static class DirectiveLocations
{
    private static readonly Dictionary<string, DirectiveLocation> ByName = new(StringComparer.Ordinal)
    {
        ["QUERY"] = DirectiveLocation.Query,
        ["MUTATION"] = DirectiveLocation.Mutation,
        ["SUBSCRIPTION"] = DirectiveLocation.Subscription,
        ["FIELD"] = DirectiveLocation.Field,
        ["FRAGMENT_DEFINITION"] = DirectiveLocation.FragmentDefinition,
        ["FRAGMENT_SPREAD"] = DirectiveLocation.FragmentSpread,
        ["INLINE_FRAGMENT"] = DirectiveLocation.InlineFragment,
        ["VARIABLE_DEFINITION"] = DirectiveLocation.VariableDefinition,
        ["SCHEMA"] = DirectiveLocation.Schema,
        ["SCALAR"] = DirectiveLocation.Scalar,
        ["OBJECT"] = DirectiveLocation.Object,
        ["FIELD_DEFINITION"] = DirectiveLocation.FieldDefinition,
        ["ARGUMENT_DEFINITION"] = DirectiveLocation.ArgumentDefinition,
        ["INTERFACE"] = DirectiveLocation.Interface,
        ["UNION"] = DirectiveLocation.Union,
        ["ENUM"] = DirectiveLocation.Enum,
        ["ENUM_VALUE"] = DirectiveLocation.EnumValue,
        ["INPUT_OBJECT"] = DirectiveLocation.InputObject,
        ["INPUT_FIELD_DEFINITION"] = DirectiveLocation.InputFieldDefinition,
    };

    private static readonly Dictionary<DirectiveLocation, string> NameOf =
        ByName.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>The spec's spelling, e.g. FIELD_DEFINITION (as introspection and SDL show it).</summary>
    public static string ToSpecName(this DirectiveLocation location) => NameOf[location];

    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);

    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}

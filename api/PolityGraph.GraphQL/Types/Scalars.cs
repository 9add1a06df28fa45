namespace PolityGraph.GraphQL.Types;

/// <summary>The five specified scalars (spec 3.5), shared by every schema.</summary>
public static class Scalars
{
    public static readonly IntType Int = new();
    public static readonly FloatType Float = new();
    public static readonly StringType String = new();
    public static readonly BooleanType Boolean = new();
    public static readonly IdType ID = new();

    public static readonly IReadOnlyList<ScalarType> Specified = new ScalarType[] { String, Int, Float, Boolean, ID };

    public static bool IsSpecified(NamedType type) => type is IntType or FloatType or StringType or BooleanType or IdType;

    public static ScalarType? ByName(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}

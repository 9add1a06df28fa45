using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// A field of the request with its sub-selection, after @skip/@include, fragments and merging by response key.
/// </summary>
public interface ISelectedField
{
    string ResponseKey { get; }

    FieldDefinition Field { get; }

    /// <summary>Coerced argument values.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    IReadOnlyList<FieldNode> Nodes { get; }

    /// <summary>
    /// The sub-fields selected when this field's value is of the given concrete type, in request order,
    /// __typename included. Empty for leaf fields.
    /// </summary>
    IReadOnlyList<ISelectedField> SelectionsFor(ObjectType type);
}

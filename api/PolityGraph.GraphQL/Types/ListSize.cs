namespace PolityGraph.GraphQL.Types;

/// <summary>
/// How many items a list field is expected to return, for <see cref="Validation.Rules.MaxComplexityRule"/>;
/// the same three facts as the cost directive <c>@listSize</c> of IBM's GraphQL Cost Directives specification
/// (which Hot Chocolate follows). Set per field at schema build: <see cref="SchemaBuilder.SetListSize"/>.
/// </summary>
/// <param name="AssumedSize">Items assumed when no slicing argument is given: an upper estimate of the fan-out.</param>
/// <param name="SlicingArguments">Arguments whose value is the number of items (e.g. <c>first</c>, <c>last</c>); the first one given wins.</param>
/// <param name="SizedFields">
/// When the field returns a wrapper rather than the list itself (a Relay connection), the wrapper's fields that
/// hold the items (<c>edges</c>, <c>nodes</c>): only they are multiplied, so <c>totalCount</c> costs one.
/// </param>
public sealed record ListSize(int AssumedSize, IReadOnlyList<string>? SlicingArguments = null, IReadOnlyList<string>? SizedFields = null)
{
    public IReadOnlyList<string> SlicingArguments { get; } = SlicingArguments ?? [];

    public IReadOnlyList<string> SizedFields { get; } = SizedFields ?? [];
}

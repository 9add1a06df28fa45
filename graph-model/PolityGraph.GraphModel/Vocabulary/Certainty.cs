namespace PolityGraph.GraphModel.Vocabulary;

/// <summary>How a fact is known; stored in lower case (<c>stated</c>, <c>inferred</c>) as the seed files write it.</summary>
public enum Certainty
{
    /// <summary>The cited source says it (the default).</summary>
    Stated,
    /// <summary>Derived from context, e.g. an event's year taken from the article's date; a note says how.</summary>
    Inferred,
}

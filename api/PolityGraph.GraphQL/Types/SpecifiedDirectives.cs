using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13): @skip, @include, @deprecated, @specifiedBy, @oneOf.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason @deprecated gives when none is written (spec 3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Include = new DirectiveDefinition(
            "include",
            new[] { DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment },
            "Directs the executor to include this field or fragment only when the `if` argument is true.")
        .AddArgument(new ArgumentDefinition("if", new NonNullType(Scalars.Boolean), "Included when true."));

    public static readonly DirectiveDefinition Skip = new DirectiveDefinition(
            "skip",
            new[] { DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment },
            "Directs the executor to skip this field or fragment when the `if` argument is true.")
        .AddArgument(new ArgumentDefinition("if", new NonNullType(Scalars.Boolean), "Skipped when true."));

    public static readonly DirectiveDefinition Deprecated = CreateDeprecated();

    public static readonly DirectiveDefinition SpecifiedBy = new DirectiveDefinition(
            "specifiedBy",
            new[] { DirectiveLocation.Scalar },
            "Exposes a URL that specifies the behavior of this scalar.")
        .AddArgument(new ArgumentDefinition("url", new NonNullType(Scalars.String), "The URL that specifies the behavior of this scalar."));

    /// <summary>Marks a OneOf Input Object (spec draft 3.10.1; graphql-js 16.9 and later).</summary>
    public static readonly DirectiveDefinition OneOf = new(
        "oneOf",
        new[] { DirectiveLocation.InputObject },
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>In graphql-js's order, which introspection shows.</summary>
    public static readonly IReadOnlyList<DirectiveDefinition> All = new[] { Include, Skip, Deprecated, SpecifiedBy, OneOf };

    public static bool IsSpecified(DirectiveDefinition directive) => All.Any(specified => ReferenceEquals(directive, specified));

    private static DirectiveDefinition CreateDeprecated()
    {
        var reason = new ArgumentDefinition(
            "reason",
            Scalars.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).");
        reason.SetDefaultValue(DefaultDeprecationReason);
        return new DirectiveDefinition(
                "deprecated",
                new[] { DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue },
                "Marks an element of a GraphQL schema as no longer supported.")
            .AddArgument(reason);
    }
}

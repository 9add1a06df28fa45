using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Validation;
using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Runs_every_specified_rule_by_default()
    {
        Assert.Equal(26, SpecifiedRules.All.Count);
        Assert.Empty(DocumentValidator.Validate(TestSchemas.Corpus, Parser.Parse("query Q($id: ID) { human(id: $id) { name pets { name } } }")));
        // One error from each of three different rules.
        var errors = DocumentValidator.Validate(TestSchemas.Corpus, Parser.Parse("query Q($x: Int) { dog { unknown } ...Missing }"));
        Assert.Equal(
            new[]
            {
                "Cannot query field \"unknown\" on type \"Dog\". @ 1:26",
                "Unknown fragment \"Missing\". @ 1:39",
                "Variable \"$x\" is never used in operation \"Q\". @ 1:9",
            },
            errors.Select(TestSchemas.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stops_after_the_error_limit_and_says_so()
    {
        var document = Parser.Parse("{ dog { a b c d e } }");
        var errors = DocumentValidator.Validate(TestSchemas.Corpus, document, maxErrors: 3);
        Assert.Equal(4, errors.Count);
        Assert.Equal(DocumentValidator.TooManyErrorsMessage, errors[^1].Message);
        Assert.Equal(5, DocumentValidator.Validate(TestSchemas.Corpus, document).Count);
    }

    [Fact]
    public void Aborts_field_merging_that_would_exceed_its_work_budget()
    {
        // 1,500 identical fields are 1.1 million pairs to compare, past the budget of 500,000 units.
        var document = Parser.Parse("{ dog { " + string.Concat(Enumerable.Repeat("name ", 1500)) + "} }");
        var errors = DocumentValidator.Validate(TestSchemas.Corpus, document, new[] { new OverlappingFieldsCanBeMergedRule() });
        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);

        var withinBudget = Parser.Parse("{ dog { " + string.Concat(Enumerable.Repeat("name ", 300)) + "} }");
        Assert.Empty(DocumentValidator.Validate(TestSchemas.Corpus, withinBudget, new[] { new OverlappingFieldsCanBeMergedRule() }));
    }

    [Fact]
    public void Rule_instances_are_shared_safely_by_concurrent_validations()
    {
        var valid = Parser.Parse("{ dog { ...F } }\nfragment F on Dog { name mother { name } }");
        var invalid = Parser.Parse("{ dog { x: name x: nickname } }");
        var results = new System.Collections.Concurrent.ConcurrentBag<(bool Valid, int Errors)>();
        Parallel.For(0, 200, i =>
        {
            var isValid = i % 2 == 0;
            results.Add((isValid, DocumentValidator.Validate(TestSchemas.Corpus, isValid ? valid : invalid).Count));
        });
        Assert.All(results, r => Assert.Equal(r.Valid ? 0 : 1, r.Errors));
    }

    [Fact]
    public void Runs_extra_rules_next_to_the_specified_ones()
    {
        var rules = SpecifiedRules.All.Append(new MaxDepthRule(1));
        var errors = DocumentValidator.Validate(TestSchemas.Corpus, Parser.Parse("{ dog { name } }"), rules);
        Assert.Equal("Anonymous operation has depth 2, which exceeds the maximum depth of 1.", Assert.Single(errors).Message);
    }
}

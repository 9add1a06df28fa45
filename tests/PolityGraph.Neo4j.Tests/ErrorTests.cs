using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

/// <summary>Neo4j's status codes arrive as typed exceptions carrying the code.</summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class ErrorTests(Neo4jServerFixture neo4j)
{
    public static TheoryData<string, string, Type> Failures => new()
    {
        { "RETURN", "Neo.ClientError.Statement.SyntaxError", typeof(ClientException) },
        { "MATCH (n) RETURN m", "Neo.ClientError.Statement.SyntaxError", typeof(ClientException) },
        { "RETURN 1 / 0", "Neo.ClientError.Statement.ArithmeticError", typeof(ClientException) },
        { "RETURN $missing", "Neo.ClientError.Statement.ParameterMissing", typeof(ClientException) },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_statement_throws_the_typed_exception_with_Neo4js_code(string cypher, string code, Type type)
    {
        var error = await Assert.ThrowsAnyAsync<Neo4jException>(() => neo4j.Driver.RunAsync(cypher));

        Assert.IsType(type, error);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<ClientException>(() => neo4j.Driver.ExecuteReadAsync<int>(async tx =>
        {
            attempts++;
            await tx.RunAsync("RETURN");
            return 0;
        }));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task A_wrong_password_is_a_clear_authentication_error()
    {
        await using var driver = neo4j.CreateDriver(options => options.Password = "not-the-password");

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("NEO4J_PASSWORD", error.Message);
        Assert.Contains(neo4j.Options.Uri.ToString(), error.Message);
    }

    [Theory]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Security.Forbidden", typeof(AuthenticationException), false)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientException), true)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseException), false)]
    [InlineData("Something.Else", typeof(Neo4jException), false)]
    public void Status_codes_map_to_exception_types_by_classification(string code, Type type, bool retriable)
    {
        var error = Neo4jException.FromCode(code, "message");

        Assert.IsType(type, error);
        Assert.Equal(retriable, error.IsRetriable);
    }
}

using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// GET must not run mutations (GraphQL over HTTP, "GET": only query operations; GET is meant to be safe).
/// Finds the operation a GET request would run and refuses anything but a query with 405, Allow: POST.
/// A document that does not parse, or names no existing operation, is left to the executor, which
/// reports that as a located request error.
/// </summary>
public static class GetOperationGuard
{
    public static HttpProblem? Check(string query, string? operationName, ParserOptions parserOptions)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, parserOptions);
        }
        catch (GraphQLException)
        {
            return null;
        }

        OperationDefinitionNode? chosen = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            count++;
            if (operationName is null || operation.Name?.Value == operationName) chosen = operation;
        }
        if (chosen is null || (operationName is null && count > 1)) return null;
        if (chosen.Operation == OperationType.Query) return null;

        return HttpProblem.MethodNotAllowed(
            $"Can only perform a {chosen.Operation.ToKeyword()} operation from a POST request; GET runs queries only.",
            allow: "POST");
    }
}

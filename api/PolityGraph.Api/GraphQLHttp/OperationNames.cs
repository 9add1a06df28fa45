using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Language;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// The operation name the request log shows: operationName when the client sent one, else the name of the
/// operation the document starts with (`query Name ...`), read from its first two tokens so the log costs
/// no second parse. Documents that start with a fragment or an anonymous operation log "(anonymous)".
/// </summary>
public static class OperationNames
{
    public const string Anonymous = "(anonymous)";

    public static string ForLog(string? operationName, string? query)
    {
        if (!string.IsNullOrEmpty(operationName)) return operationName;
        if (string.IsNullOrEmpty(query)) return Anonymous;
        try
        {
            var lexer = new Lexer(new Source(query), maxTokens: 3);
            var keyword = lexer.Advance();
            if (keyword.Kind != TokenKind.Name || keyword.Value is not ("query" or "mutation" or "subscription")) return Anonymous;
            var name = lexer.Advance();
            return name.Kind == TokenKind.Name && name.Value is { } value ? value : Anonymous;
        }
        catch (GraphQLException)
        {
            return Anonymous; // not even the first tokens lex: the executor reports the syntax error
        }
    }
}

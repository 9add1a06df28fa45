using System.Text;
using System.Text.Json;
using CsCheck;

namespace PolityGraph.Fuzz;

/// <summary>
/// CsCheck generators of hostile and odd GraphQL-over-HTTP requests, grown from a few valid documents:
/// mutated documents, malformed JSON, invalid UTF-8 and lone UTF-16 surrogates (in every parameter and in
/// keys), huge and deeply nested inputs, wrong content types and encodings, batches, GET variants and
/// other methods. Every case is a pure function of (seed, index), so any one can be replayed alone.
/// </summary>
public sealed class FuzzCases(IReadOnlyList<string> documents)
{
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "!", "=", "@", "...", "|", "&", "#", "\"", "\"\"\"", ",", "\n", " ",
        "query", "mutation", "subscription", "fragment", "on", "__typename", "__schema { types { name } }",
        "__type(name: \"Query\") { name fields { name } }", "@skip(if: true)", "@include(if: $v)", "$v", "$v: Int",
        "null", "true", "-0", "1e309", "99999999999999999999", "0x1F", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"",
        "\"\\uD83D\\uDE00\"", "\"\\u{1F600}\"", "\"\\u{D800}\"", "\"\\x\"", "𝔊", "\u0000", "\uFEFF", "é", "\u202E",
        "... on Query { __typename }", "...F", "fragment F on Query { ...F }", "first: -1", "first: 2147483648",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8", "application/json; charset=latin1",
        "application/json; charset=utf-16", "application/graphql", "application/graphql-response+json", "text/plain", "text/json",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/*", "*/*", "", "json", "application/json; =",
        "application/json; charset=\"utf-8\"", "APPLICATION/JSON", "application/json;;", "application/json; charset=utf-8; charset=latin1",
    ];

    private static readonly string[] Accepts =
    [
        "application/graphql-response+json", "application/json", "*/*", "", "text/html", "application/xml",
        "application/graphql-response+json;q=0, application/json;q=0.5", "application/json; charset=utf-16", "*/*;q=abc", "text/*",
    ];

    private static readonly string[] Methods = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "FOO"];

    // Invalid UTF-8: stray continuation, overlong, encoded surrogate, out of range, truncated sequences, 0xFE/0xFF.
    private static readonly byte[][] BadUtf8 =
    [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFE], [0xFF],
    ];

    private static readonly string[] LoneSurrogates = ["\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\ud800\\ud800", "\\udc00\\ud800", "x\\ud83d", "\\ude00y"];

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private Gen<string> Document => Gen.Int[0, documents.Count - 1].Select(i => documents[i]);

    /// <summary>All families, weighted so that mutated documents (the deepest reach) dominate.</summary>
    public Gen<FuzzRequest> All => Gen.Frequency(
        (30, MutatedDocument),
        (10, MalformedJson),
        (12, InvalidUnicode),
        (6, Huge),
        (8, Deep),
        (8, WrongContentType),
        (6, Batch),
        (12, GetRequest),
        (4, OtherMethod),
        (4, Persisted));

    /// <summary>The case at <paramref name="index"/> of the run seeded with <paramref name="seed"/>.</summary>
    public FuzzRequest Case(ulong seed, long index) => All.Generate(new PCG(1, seed * 1_000_003UL + (ulong)index), null, out _);

    public Gen<FuzzRequest> MutatedDocument =>
        from document in Document
        from edits in Edit.Array[1, 6]
        from accept in Pick(Accepts)
        from variables in Variables
        select Post("mutated-document", Json(Apply(document, edits), variables: variables), accept);

    public Gen<FuzzRequest> MalformedJson =>
        from document in Document
        from cuts in Gen.Int[0, 4]
        from seedBytes in Gen.Byte.Array[1, 8]
        from positions in Gen.Double[0, 1].Array[1, 8]
        from kind in Gen.Int[0, 5]
        select Post("malformed-json", Break(Encoding.UTF8.GetBytes(Json(document)), kind, seedBytes, positions), null);

    public Gen<FuzzRequest> InvalidUnicode =>
        from document in Document
        from place in Gen.Int[0, 7]
        from surrogate in Pick(LoneSurrogates)
        from badBytes in Pick(BadUtf8)
        from raw in Gen.Bool
        from get in Gen.Int[0, 4]
        select get == 0 ? InvalidUnicodeGet(document, place, surrogate, badBytes, raw) : InvalidUnicodePost(document, place, surrogate, badBytes, raw);

    public Gen<FuzzRequest> Huge =>
        from kind in Gen.Int[0, 5]
        from size in Gen.Int[1_000, 400_000]
        select Post("huge", HugeBody(kind, size), null);

    public Gen<FuzzRequest> Deep =>
        from kind in Gen.Int[0, 4]
        from depth in Gen.Int[10, 20_000]
        select Post("deep", DeepBody(kind, depth), null);

    public Gen<FuzzRequest> WrongContentType =>
        from document in Document
        from contentType in Pick(ContentTypes)
        from encoding in Pick<string?>(null, null, null, "gzip", "identity", "br, gzip", "x")
        from asForm in Gen.Bool
        select new FuzzRequest("content-type", "POST", contentType.Length == 0 ? null : contentType, null, "",
            asForm ? Encoding.UTF8.GetBytes("query=" + Uri.EscapeDataString(document)) : Encoding.UTF8.GetBytes(Json(document)))
        { ContentEncoding = encoding };

    public Gen<FuzzRequest> Batch =>
        from document in Document
        from count in Gen.Int[0, 200]
        from nested in Gen.Bool
        select Post("batch", Encoding.UTF8.GetBytes(nested
            ? "{\"query\": [" + string.Join(",", Enumerable.Repeat(JsonString(document), count)) + "]}"
            : "[" + string.Join(",", Enumerable.Repeat(Json(document), count)) + "]"), null);

    public Gen<FuzzRequest> GetRequest =>
        from document in Document
        from edits in Edit.Array[0, 3]
        from extra in Pick("", "&query=%7B__typename%7D", "&variables=%5B%5D", "&variables=%7B", "&variables=null",
            "&extensions=1", "&operationName=", "&operationName=A&operationName=B", "&%zz=1", "&query", "&documentId=sha256:00", "&x=%FF")
        from accept in Pick(Accepts)
        select new FuzzRequest("get", "GET", null, accept, "query=" + Uri.EscapeDataString(Apply(document, edits)) + extra, null);

    public Gen<FuzzRequest> OtherMethod =>
        from method in Pick(Methods)
        from document in Document
        select new FuzzRequest("other-method", method, "application/json", null, "", method is "HEAD" or "TRACE" ? null : Encoding.UTF8.GetBytes(Json(document)));

    public Gen<FuzzRequest> Persisted =>
        from document in Document
        from id in Pick("sha256:", "sha256:" + new string('0', 64), "sha256:" + new string('G', 64), "md5:abc", "", "sha256:../../etc/passwd",
            "sha256:" + new string('a', 63) + "/", "sha256:" + new string('A', 64))
        from withQuery in Gen.Bool
        select Post("persisted", Encoding.UTF8.GetBytes(withQuery
            ? $"{{\"documentId\": {JsonString(id)}, \"query\": {JsonString(document)}}}"
            : $"{{\"documentId\": {JsonString(id)}}}"), null);

    // One edit of a document: insert a token, delete a span, duplicate a span or replace a character.
    private static Gen<(int Kind, double Where, int Length, string Token)> Edit =>
        from kind in Gen.Int[0, 3]
        from place in Gen.Double[0, 1]
        from length in Gen.Int[1, 40]
        from fromList in Gen.Bool
        from listed in Pick(Tokens)
        from character in Gen.Char
        let token = fromList ? listed : character.ToString()
        select (kind, place, length, token);

    private static Gen<string?> Variables => Pick<string?>(
        null, "{}", "{\"v\": 1}", "{\"v\": \"x\"}", "{\"v\": [1, 2, 3]}", "{\"v\": {\"a\": {\"b\": null}}}", "{\"values\": [1, \"2\", null]}",
        "{\"first\": 1e400}", "{\"v\": -9223372036854775809}", "{\"\": null}", "[]", "\"vars\"", "{\"v\": true, \"v\": false}");

    private static string Apply(string document, (int Kind, double Where, int Length, string Token)[] edits)
    {
        var text = new StringBuilder(document);
        foreach (var (kind, where, length, token) in edits)
        {
            var at = (int)(where * text.Length);
            var span = Math.Min(length, text.Length - at);
            switch (kind)
            {
                case 0: text.Insert(at, token); break;
                case 1: text.Remove(at, span); break;
                case 2: text.Insert(at, text.ToString(at, span)); break;
                default:
                    if (at < text.Length) text[at] = token[0];
                    break;
            }
        }
        return text.ToString();
    }

    private static FuzzRequest Post(string family, string json, string? accept) => Post(family, Encoding.UTF8.GetBytes(json), accept);

    private static FuzzRequest Post(string family, byte[] body, string? accept) =>
        new(family, "POST", "application/json", accept, "", body);

    private static string Json(string document, string? operationName = null, string? variables = null) =>
        "{\"query\": " + JsonString(document)
        + (operationName is null ? "" : ", \"operationName\": " + JsonString(operationName))
        + (variables is null ? "" : ", \"variables\": " + variables) + "}";

    // JSON escaping that keeps lone surrogates as they are (they come from the document edits) as \uXXXX escapes.
    private static string JsonString(string text) => JsonSerializer.Serialize(text);

    private static byte[] Break(byte[] json, int kind, byte[] bytes, double[] positions)
    {
        var list = new List<byte>(json);
        foreach (var position in positions)
        {
            var at = (int)(position * list.Count);
            switch (kind)
            {
                case 0: list.RemoveRange(at, list.Count - at); return [.. list];          // truncated
                case 1: if (at < list.Count) list[at] = bytes[at % bytes.Length]; break;  // bytes replaced
                case 2: list.InsertRange(at, bytes); break;                              // bytes inserted
                case 3: if (at < list.Count) list.RemoveAt(at); break;                   // bytes dropped
                case 4: list.InsertRange(at, "\"\\"u8.ToArray()); break;                 // broken escapes
                default: list.InsertRange(at, "{[,:"u8.ToArray()); break;                // broken structure
            }
        }
        return [.. list];
    }

    private static FuzzRequest InvalidUnicodePost(string document, int where, string surrogate, byte[] badBytes, bool raw)
    {
        // Raw: the invalid bytes themselves inside a JSON string; otherwise a lone surrogate escape.
        var parts = new[] { "Q", "OP", "VK", "VV", "EK", "EV", "UNKNOWN", "DOC" };
        var marker = "\u0001" + parts[where] + "\u0001";
        var json = where switch
        {
            0 => Json("{ __typename }" + marker),
            1 => "{\"query\": \"{ __typename }\", \"operationName\": \"" + marker + "\"}",
            2 => "{\"query\": " + JsonString(document) + ", \"variables\": {\"" + marker + "\": 1}}",
            3 => "{\"query\": " + JsonString(document) + ", \"variables\": {\"v\": [\"" + marker + "\"]}}",
            4 => "{\"query\": \"{ __typename }\", \"extensions\": {\"" + marker + "\": {}}}",
            5 => "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"sha256Hash\": \"" + marker + "\"}}}",
            6 => "{\"" + marker + "\": 1, \"query\": \"{ __typename }\"}",
            _ => "{\"query\": \"{ hello(name: \\\"" + marker + "\\\") }\"}",
        };
        var bytes = Encoding.UTF8.GetBytes(json.Replace(JsonString(marker)[1..^1], marker));
        var markerBytes = Encoding.UTF8.GetBytes(marker);
        return Post("invalid-unicode", Replace(bytes, markerBytes, raw ? badBytes : Encoding.ASCII.GetBytes(surrogate)), null);
    }

    private static FuzzRequest InvalidUnicodeGet(string document, int where, string surrogate, byte[] badBytes, bool raw)
    {
        var encoded = raw ? string.Concat(badBytes.Select(b => $"%{b:X2}")) : Uri.EscapeDataString(surrogate);
        var query = where switch
        {
            0 => "query=" + Uri.EscapeDataString("{ __typename }") + encoded,
            1 => "query=" + Uri.EscapeDataString("{ __typename }") + "&operationName=" + encoded,
            2 or 3 => "query=" + Uri.EscapeDataString(document) + "&variables=" + Uri.EscapeDataString("{\"v\": \"") + encoded + Uri.EscapeDataString("\"}"),
            _ => "query=" + Uri.EscapeDataString("{ __typename }") + "&extensions=" + Uri.EscapeDataString("{\"") + encoded + Uri.EscapeDataString("\": 1}"),
        };
        return new FuzzRequest("invalid-unicode", "GET", null, null, query, null);
    }

    private static byte[] Replace(byte[] source, byte[] marker, byte[] replacement)
    {
        var at = source.AsSpan().IndexOf(marker);
        if (at < 0) return source;
        return [.. source.AsSpan(0, at), .. replacement, .. source.AsSpan(at + marker.Length)];
    }

    private static byte[] HugeBody(int kind, int size) => Encoding.UTF8.GetBytes(kind switch
    {
        0 => Json("{ " + string.Concat(Enumerable.Range(0, size / 20).Select(i => $"a{i}: __typename "))) + " }",
        1 => Json("{ hello(name: " + JsonString(new string('x', size)) + ") }"),
        2 => Json("{ __typename }", variables: "{\"v\": [" + string.Join(",", Enumerable.Repeat("1", size / 2)) + "]}"),
        3 => Json("# " + new string('c', size) + "\n{ __typename }"),
        4 => Json("query(" + string.Concat(Enumerable.Range(0, size / 12).Select(i => $"$v{i}: Int ")) + ") { __typename }"),
        _ => Json("{ __typename " + string.Concat(Enumerable.Repeat("...on Query{__typename} ", size / 24)) + "}"),
    });

    private static byte[] DeepBody(int kind, int depth) => Encoding.UTF8.GetBytes(kind switch
    {
        0 => Json(string.Concat(Enumerable.Repeat("{ __typename a: __type(name: \"Query\") ", depth / 8)) + new string('}', depth / 8)),
        1 => Json("{ __typename }", variables: "{\"v\": " + new string('[', depth) + new string(']', depth) + "}"),
        2 => new string('[', depth) + new string(']', depth),
        3 => Json("{ hello(name: " + new string('[', depth) + "\"x\"" + new string(']', depth) + ") }"),
        _ => Json("query Q($v: " + new string('[', depth) + "Int" + new string(']', depth) + ") { __typename }"),
    });
}

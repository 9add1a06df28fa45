using System.Buffers;
using System.Text.Json;

namespace PolityGraph.Neo4j;

/// <summary>
/// Reads a transactional-endpoint response straight from the network stream, one row at a time:
/// <c>{"commit":...,"results":[{"columns":[...],"data":[{"row":[...],"meta":[...]}],"stats":{...}}],"errors":[{"code":..,"message":..}]}</c>.
/// Only the row being read is in memory as JSON (a window of the stream that grows to the largest row), never the whole
/// answer: a reload's inventory is answers of 100,000 rows, which a parsed document held whole, twice over (its bytes and
/// its token index) beside the records made from it. Values become plain .NET: long for integers, double for floats,
/// string, bool, null, List&lt;object?&gt; and Dictionary&lt;string, object?&gt;.
/// </summary>
internal static class CypherResponseReader
{
    /// <param name="ContainsUpdates">Whether any statement changed the graph; known only when its stats were asked for.</param>
    public sealed record Response(IReadOnlyList<QueryResult> Results, Neo4jException? Error, bool ContainsUpdates);

    /// <summary>Reads the whole answer, every statement's rows collected into its <see cref="QueryResult"/>.</summary>
    public static Task<Response> ReadAsync(Stream stream, CancellationToken cancellationToken) =>
        ReadAsync(stream, onRecord: null, cancellationToken);

    /// <summary>
    /// Reads the answer, handing each row of a statement to <paramref name="onRecord"/> as soon as it is read instead of
    /// collecting it (the results then hold no records); with <paramref name="onRecord"/> null, collects every row.
    /// </summary>
    public static async Task<Response> ReadAsync(Stream stream, Action<Record>? onRecord, CancellationToken cancellationToken)
    {
        var parser = new StreamingParser(onRecord);
        try
        {
            while (!parser.Advance())
                await parser.ReadMoreAsync(stream, cancellationToken).ConfigureAwait(false);
            return parser.Response();
        }
        finally
        {
            parser.Dispose();
        }
    }

    /// <summary>The first error of an answer already parsed whole (a discovery document that reports one); null when there is none.</summary>
    public static Neo4jException? ErrorIn(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0) return null;
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        return Neo4jException.FromCode(code, message);
    }

    /// <summary>
    /// A resumable parse over a window of the stream. <see cref="Advance"/> goes as far as the bytes in the window allow,
    /// one step at a time (a property and the start of its value, a whole row, a whole small value); a step that needs
    /// bytes not yet read is undone and tried again after <see cref="ReadMoreAsync"/>. Utf8JsonReader cannot live across
    /// an await, so each <see cref="Advance"/> makes one from the saved <see cref="JsonReaderState"/>.
    /// </summary>
    private sealed class StreamingParser(Action<Record>? onRecord) : IDisposable
    {
        private enum Position { BeforeAnswer, InAnswer, InResults, InResult, InData, Done }

        private const int InitialWindow = 16 * 1024;

        private byte[] window = ArrayPool<byte>.Shared.Rent(InitialWindow);
        private int start;
        private int end;
        private bool final;
        private JsonReaderState state;
        private Position position = Position.BeforeAnswer;

        private readonly List<QueryResult> results = [];
        private Neo4jException? error;
        private bool containsUpdates;
        private IReadOnlyList<string> keys = [];
        private List<Record>? records;

        public Response Response() => new(results, error, containsUpdates);

        /// <summary>Parses what the window holds; true once the answer's closing brace is read.</summary>
        public bool Advance()
        {
            var reader = new Utf8JsonReader(window.AsSpan(start, end - start), final, state);
            while (position != Position.Done)
            {
                var checkpoint = reader;
                if (!Step(ref reader))
                {
                    reader = checkpoint;
                    if (final) throw new JsonException("The Neo4j response ended in the middle of a value.");
                    break;
                }
            }
            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            return position == Position.Done;
        }

        public async Task ReadMoreAsync(Stream stream, CancellationToken cancellationToken)
        {
            MakeRoom();
            var read = await stream.ReadAsync(window.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (read == 0) final = true;
            end += read;
        }

        /// <summary>Moves the unread bytes to the front; doubles the window when a single step needs more than it holds.</summary>
        private void MakeRoom()
        {
            if (start > 0)
            {
                window.AsSpan(start, end - start).CopyTo(window);
                end -= start;
                start = 0;
            }
            if (end == window.Length) Grow();
        }

        private void Grow()
        {
            var larger = ArrayPool<byte>.Shared.Rent(window.Length * 2);
            window.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(window);
            window = larger;
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(window);
            window = [];
        }

        /// <summary>One step of the parse; false (nothing kept) when the window ends before the step does.</summary>
        private bool Step(ref Utf8JsonReader reader)
        {
            switch (position)
            {
                case Position.BeforeAnswer:
                    if (!reader.Read()) return false;
                    Expect(ref reader, JsonTokenType.StartObject);
                    position = Position.InAnswer;
                    return true;

                case Position.InAnswer:
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        position = Position.Done;
                        return true;
                    }
                    if (reader.ValueTextEquals("results"u8))
                    {
                        if (!reader.Read()) return false;
                        if (reader.TokenType == JsonTokenType.StartArray) position = Position.InResults;
                        else if (!reader.TrySkip()) return false;
                        return true;
                    }
                    var errors = reader.ValueTextEquals("errors"u8);
                    if (!TryReadWhole(ref reader, out var value)) return false;
                    if (errors) error ??= FirstError(ref value);
                    return true;

                case Position.InResults:
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        position = Position.InAnswer;
                        return true;
                    }
                    Expect(ref reader, JsonTokenType.StartObject);
                    keys = [];
                    records = onRecord is null ? [] : null;
                    position = Position.InResult;
                    return true;

                case Position.InResult:
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        results.Add(new QueryResult(keys, (IReadOnlyList<Record>?)records ?? []));
                        position = Position.InResults;
                        return true;
                    }
                    if (reader.ValueTextEquals("data"u8))
                    {
                        if (!reader.Read()) return false;
                        if (reader.TokenType == JsonTokenType.StartArray) position = Position.InData;
                        else if (!reader.TrySkip()) return false;
                        return true;
                    }
                    var isColumns = reader.ValueTextEquals("columns"u8);
                    var isStats = reader.ValueTextEquals("stats"u8);
                    if (!TryReadWhole(ref reader, out var property)) return false;
                    if (isColumns) keys = Columns(ref property);
                    else if (isStats) containsUpdates |= ContainsUpdates(ref property);
                    return true;

                case Position.InData:
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        position = Position.InResult;
                        return true;
                    }
                    var item = reader;
                    if (!reader.TrySkip()) return false;
                    var record = new Record(keys, Row(ref item));
                    if (onRecord is null) records!.Add(record);
                    else onRecord(record);
                    return true;

                default:
                    return true;
            }
        }

        /// <summary>Reads a property's value whole: <paramref name="value"/> is left on its first token, the reader past its last.</summary>
        private static bool TryReadWhole(ref Utf8JsonReader reader, out Utf8JsonReader value)
        {
            value = default;
            if (!reader.Read()) return false;
            value = reader;
            return reader.TrySkip();
        }

        private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
        {
            if (reader.TokenType != type)
                throw new JsonException($"Expected {type} in a Neo4j response, found {reader.TokenType}.");
        }

        /// <summary><c>{"row":[...],"meta":[...]}</c>: the row's values.</summary>
        private static object?[] Row(ref Utf8JsonReader item)
        {
            Expect(ref item, JsonTokenType.StartObject);
            object?[]? values = null;
            while (item.Read() && item.TokenType == JsonTokenType.PropertyName)
            {
                var isRow = item.ValueTextEquals("row"u8);
                item.Read();
                if (isRow && item.TokenType == JsonTokenType.StartArray)
                {
                    var list = new List<object?>();
                    while (item.Read() && item.TokenType != JsonTokenType.EndArray) list.Add(Value(ref item));
                    values = [.. list];
                }
                else item.TrySkip();
            }
            return values ?? throw new JsonException("A row of a Neo4j response has no \"row\".");
        }

        private static List<string> Columns(ref Utf8JsonReader value)
        {
            var columns = new List<string>();
            if (value.TokenType != JsonTokenType.StartArray) return columns;
            while (value.Read() && value.TokenType != JsonTokenType.EndArray) columns.Add(value.GetString()!);
            return columns;
        }

        private static bool ContainsUpdates(ref Utf8JsonReader stats)
        {
            if (stats.TokenType != JsonTokenType.StartObject) return false;
            var updates = false;
            while (stats.Read() && stats.TokenType == JsonTokenType.PropertyName)
            {
                var isUpdates = stats.ValueTextEquals("contains_updates"u8);
                stats.Read();
                if (isUpdates) updates = stats.TokenType == JsonTokenType.True;
                else stats.TrySkip();
            }
            return updates;
        }

        /// <summary><c>[{"code":..,"message":..}, ...]</c>: the first error, as Neo4j reports it; null when there is none.</summary>
        private static Neo4jException? FirstError(ref Utf8JsonReader errors)
        {
            if (errors.TokenType != JsonTokenType.StartArray || !errors.Read() || errors.TokenType != JsonTokenType.StartObject) return null;
            string code = "", message = "";
            while (errors.Read() && errors.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = errors.ValueTextEquals("code"u8);
                var isMessage = errors.ValueTextEquals("message"u8);
                errors.Read();
                if (isCode && errors.TokenType == JsonTokenType.String) code = errors.GetString() ?? "";
                else if (isMessage && errors.TokenType == JsonTokenType.String) message = errors.GetString() ?? "";
                else errors.TrySkip();
            }
            return Neo4jException.FromCode(code, message);
        }
    }

    /// <summary>The value the reader is on, whole (the bytes of it are all in the window).</summary>
    private static object? Value(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.Number:
                // Neo4j writes floats with a '.' or exponent (1.0, 1.0E20) and integers without.
                if (reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && reader.TryGetInt64(out var integer)) return integer;
                return reader.GetDouble();
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(Value(ref reader));
                return list;
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    map[name] = Value(ref reader);
                }
                return map;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType} in a Neo4j response.");
        }
    }
}

using System.Text;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>Prints value literals exactly as graphql-js's print() does, for messages, SDL defaults and introspection.</summary>
public static class ValuePrinter
{
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable: builder.Append('$').Append(variable.Name.Value); break;
            case IntValueNode i: builder.Append(i.Value); break;
            case FloatValueNode f: builder.Append(f.Value); break;
            case StringValueNode s: builder.Append(s.Block ? BlockStrings.Print(s.Value) : PrintString(s.Value)); break;
            case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: builder.Append("null"); break;
            case EnumValueNode e: builder.Append(e.Value); break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    Write(builder, list.Values[i]);
                }
                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Write(builder, obj.Fields[i].Value);
                }
                builder.Append('}');
                break;
            default: throw new ArgumentException("Unknown value node " + value.Kind, nameof(value));
        }
    }

    /// <summary>A quoted string with graphql-js's escapes (control characters as \uXXXX, upper-case hex).</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) builder.Append("\\u").Append(((int)c).ToString("X4"));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}

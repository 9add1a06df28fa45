using System.Collections;
using System.Globalization;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// Converts a coerced input value to the CLR type a resolver asks for (IResolverContext.ArgumentValue&lt;T&gt;):
/// numbers between numeric types, strings to enums and DateOnly, lists to arrays or typed lists.
/// </summary>
internal static class ArgumentConversion
{
    public static object? To(Type target, object? value, string argumentName)
    {
        if (value is null) return null;
        if (target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum && value is string name) return Enum.Parse(underlying, name, ignoreCase: true);
        if (underlying == typeof(DateOnly) && value is string date) return DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (value is IEnumerable items and not string && ElementTypeOf(underlying) is { } element)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items) list.Add(To(element, item, argumentName));
            if (!underlying.IsArray) return list;
            var array = Array.CreateInstance(element, list.Count);
            list.CopyTo(array, 0);
            return array;
        }
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
            return Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        throw new InvalidCastException($"Argument \"{argumentName}\" holds a {value.GetType().Name}, not a {target.Name}.");
    }

    // T[], List<T>, IList<T>, IReadOnlyList<T>, IEnumerable<T>, ICollection<T>, IReadOnlyCollection<T>.
    private static Type? ElementTypeOf(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) ||
            definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            return type.GetGenericArguments()[0];
        return null;
    }
}

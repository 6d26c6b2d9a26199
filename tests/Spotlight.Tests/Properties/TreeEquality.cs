using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Compares two trees field by field, lists element by element. The records' own equality will not do:
/// an <see cref="System.Collections.Immutable.ImmutableArray{T}"/> equals only the same array. Fields
/// the tree always leaves out of its output (<see cref="JsonIgnoreAttribute"/>) are not compared; those it leaves out
/// only when empty are.
/// </summary>
internal static class TreeEquality
{
    /// <summary>The path of the first field in which the trees differ, with both values; null when they are equal.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        var type = expected.GetType();
        if (type != actual.GetType())
            return $"{path}: expected a {type.Name}, got a {actual.GetType().Name}";
        if (type.IsPrimitive || type.IsEnum || expected is string or DateOnly or decimal)
            return expected.Equals(actual) ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        if (expected is IEnumerable left)
        {
            var a = left.Cast<object?>().ToList();
            var b = ((IEnumerable)actual).Cast<object?>().ToList();
            if (a.Count != b.Count)
                return $"{path}: expected {a.Count} elements, got {b.Count}";
            for (int i = 0; i < a.Count; i++)
            {
                if (FirstDifference(a[i], b[i], $"{path}[{i}]") is { } difference)
                    return difference;
            }
            return null;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always })
                continue;
            if (FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}") is { } difference)
                return difference;
        }
        return null;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => PropertyCheck.Literal(s, 200),
        _ => value.ToString() ?? "",
    };
}

using System.Text;
using System.Text.Json.Nodes;

namespace Spotlight.Tests.Readme;

/// <summary>
/// Compares JSON the README shows trimmed with the JSON the program printed. What is shown must be there: an object
/// shows some of its keys, an array some of its elements in their order, a string ending in <c>…</c> the start of
/// its text; a bare <c>…</c> in an array stands for elements cut, so <c>[ … ]</c> is any array, while <c>[]</c> is
/// an empty one. Numbers, booleans and null are compared as they are.
/// </summary>
internal static class TrimmedJson
{
    private const string Cut = "\u2026";

    /// <summary>The differences, each with its JSON path; none when the shown JSON is a trimmed copy of the actual.</summary>
    public static List<string> Differences(string shown, string actual)
    {
        var differences = new List<string>();
        Compare(JsonNode.Parse(Quoted(shown)), JsonNode.Parse(actual), "$", differences);
        return differences;
    }

    /// <summary>Makes a bare <c>…</c> the string "…", so that the trimmed text is JSON.</summary>
    private static string Quoted(string shown)
    {
        var text = new StringBuilder(shown.Length);
        bool inString = false;
        for (int i = 0; i < shown.Length; i++)
        {
            char c = shown[i];
            if (inString && c == '\\') { text.Append(c).Append(shown[++i]); continue; }
            if (c == '"') inString = !inString;
            text.Append(!inString && c == '\u2026' ? "\"" + Cut + "\"" : c.ToString());
        }
        return text.ToString();
    }

    private static void Compare(JsonNode? shown, JsonNode? actual, string path, List<string> differences)
    {
        switch (shown)
        {
            case JsonObject shownObject when actual is JsonObject actualObject:
                foreach (var (key, value) in shownObject)
                {
                    if (actualObject.TryGetPropertyValue(key, out var actualValue))
                        Compare(value, actualValue, $"{path}.{key}", differences);
                    else
                        differences.Add($"{path}.{key}: shown, but the output has no such key");
                }
                break;
            case JsonArray shownArray when actual is JsonArray actualArray:
                CompareArray(shownArray, actualArray, path, differences);
                break;
            case JsonValue value when value.TryGetValue(out string? text) && actual is JsonValue actualValue && actualValue.TryGetValue(out string? actualText):
                bool same = text.EndsWith(Cut, StringComparison.Ordinal) ? actualText.StartsWith(text[..^1], StringComparison.Ordinal) : actualText == text;
                if (!same)
                    differences.Add($"{path}: shown \"{text}\", the output has \"{actualText}\"");
                break;
            default:
                string shownJson = shown?.ToJsonString() ?? "null", actualJson = actual?.ToJsonString() ?? "null";
                if (shownJson != actualJson)
                    differences.Add($"{path}: shown {shownJson}, the output has {actualJson}");
                break;
        }
    }

    private static void CompareArray(JsonArray shown, JsonArray actual, string path, List<string> differences)
    {
        var elements = shown.Where(element => !(element is JsonValue value && value.TryGetValue(out string? text) && text == Cut)).ToList();
        if (shown.Count == 0 && actual.Count > 0)
            differences.Add($"{path}: shown empty, the output has {actual.Count} elements");
        int next = 0;
        foreach (var element in elements)
        {
            int found = next;
            while (found < actual.Count && Differs(element, actual[found], path))
                found++;
            if (found < actual.Count)
            {
                next = found + 1;
                continue;
            }
            // Name what differs in the element of the same id, if it has one, else in the first left.
            string? id = (element as JsonObject)?["id"]?.GetValue<string>();
            var like = actual.Skip(next).FirstOrDefault(candidate => id is null || (candidate as JsonObject)?["id"]?.ToString() == id);
            differences.Add($"{path}: no element in order matches the one shown{(id is null ? "" : $" (id {id})")}");
            if (like is not null)
                Compare(element, like, $"{path}[{actual.IndexOf(like)}]", differences);
            return;
        }
    }

    private static bool Differs(JsonNode? shown, JsonNode? actual, string path)
    {
        var differences = new List<string>();
        Compare(shown, actual, path, differences);
        return differences.Count > 0;
    }
}

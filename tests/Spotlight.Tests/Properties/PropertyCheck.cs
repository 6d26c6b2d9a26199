// Property tests: random inputs from CsCheck generators, a fixed number of cases per property.
//
// Replaying a failure. A failing property is shrunk to its smallest failing case, and the test fails with
// a message that starts with CsCheck's line
//
//     Set seed: "0N0XIzNsQ0O2" or -e CsCheck_Seed=0N0XIzNsQ0O2 to reproduce (3 shrinks, 0 skipped, 212 total).
//
// followed by that case and the exception it raised. Run that one property again with the seed in the
// environment, and its first case is the failing one (CsCheck may then shrink it further):
//
//     CsCheck_Seed=0N0XIzNsQ0O2 dotnet test tests/Spotlight.Tests --filter "FullyQualifiedName~Any_bytes_through_every_reader"
//
// (`dotnet test ... -e CsCheck_Seed=0N0XIzNsQ0O2` does the same), or pass it for the time being as the
// `seed:` argument of PropertyCheck.Run in the test. Keep the filter to the one property: the variable
// seeds every property that runs.
//
// Searching longer. CsCheck_Time=60 in the environment runs each property for 60 seconds instead of its
// fixed number of cases.

using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace Spotlight.Tests.Properties;

/// <summary>Runs a property with CsCheck and turns its failure into an NUnit failure that shows the seed.</summary>
internal static partial class PropertyCheck
{
    /// <param name="property">Throws (any exception) when the property does not hold for a case.</param>
    /// <param name="iter">How many cases: fixed, so that the fixture's run time is known.</param>
    /// <param name="print">How a case is shown in the failure message.</param>
    /// <param name="seed">A seed printed by an earlier failure, to replay it.</param>
    public static void Run<T>(Gen<T> gen, Action<T> property, long iter, Func<T, string> print, string? seed = null)
    {
        try
        {
            gen.Sample(property, iter: iter, print: print, seed: seed);
        }
        catch (Exception e)
        {
            Assert.Fail(Describe(e));
        }
    }

    /// <summary>A failure of a property (not an error of the test itself); the message is made only when it fails.</summary>
    public static void Require(bool holds, Func<string> message)
    {
        if (!holds)
            throw new PropertyFailedException(message());
    }

    [GeneratedRegex("CsCheck_Seed=(\\S+)")]
    private static partial Regex SeedPattern();

    private static string Describe(Exception e)
    {
        var text = new StringBuilder(e.Message.TrimEnd());
        if (SeedPattern().Match(e.Message) is { Success: true } seed)
        {
            text.Append("\n\nreplay: CsCheck_Seed=").Append(seed.Groups[1].Value)
                .Append(" dotnet test tests/Spotlight.Tests --filter \"FullyQualifiedName~")
                .Append(TestContext.CurrentContext.Test.MethodName).Append('"');
        }
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            text.Append("\n\n").Append(inner.GetType().FullName).Append(": ").Append(inner.Message);
            foreach (string frame in (inner.StackTrace ?? "").Split('\n').Take(8))
                text.Append('\n').Append(frame.TrimEnd());
        }
        return text.ToString();
    }

    /// <summary>A string as a C# literal, shortened to <paramref name="max"/> characters, for failure messages.</summary>
    public static string Literal(string value, int max = 600)
    {
        var text = new StringBuilder("\"");
        foreach (char c in value.Length > max ? value[..max] : value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\uFEFF' or '\u00A0' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
                    => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        text.Append('"');
        if (value.Length > max)
            text.Append($" … ({value.Length} chars)");
        return text.ToString();
    }

    /// <summary>Bytes for failure messages: their length and the first of them in hex.</summary>
    public static string Hex(byte[] bytes, int max = 400) =>
        $"{bytes.Length} bytes: {Convert.ToHexString(bytes.AsSpan(0, Math.Min(max, bytes.Length)))}{(bytes.Length > max ? " …" : "")}";
}

public sealed class PropertyFailedException(string message) : Exception(message);

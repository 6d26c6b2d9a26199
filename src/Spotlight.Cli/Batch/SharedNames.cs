namespace Spotlight.Cli.Batch;

/// <summary>An input whose output keeps its extension, because another input's output would have its name.</summary>
/// <param name="Output">The output's name under the output directory (<c>001.html.json</c>).</param>
internal sealed record SharedName(string Input, string Output);

/// <summary>
/// The inputs of a run whose outputs keep their extensions, told in one line on stderr before the run: a script that
/// looks for <c>001.json</c> learns why it is not there, and a folder of 6,000 reports still gives one line.
/// </summary>
/// <param name="Groups">How many names are shared: one gives "share a name", more "share names".</param>
internal sealed record SharedNames(IReadOnlyList<SharedName> Inputs, int Groups)
{
    /// <summary>How many inputs and outputs the line names before it sums the rest up.</summary>
    private const int Shown = 3;

    public string Line()
    {
        var inputs = Inputs.Take(Shown).Select(shared => shared.Input).ToList();
        if (Inputs.Count > Shown)
            inputs.Add($"{Inputs.Count - Shown} more");
        string outputs = string.Join(", ", Inputs.Take(Shown).Select(shared => shared.Output)) + (Inputs.Count > Shown ? ", …" : "");
        string names = Groups == 1 ? "a name" : "names";
        return $"spotlight: {string.Join(", ", inputs[..^1])} and {inputs[^1]} share {names}; their outputs keep their extensions ({outputs})";
    }
}

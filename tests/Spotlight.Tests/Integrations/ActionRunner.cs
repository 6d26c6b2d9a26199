using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Tests.Integrations;

/// <summary>
/// Runs the steps of <c>action.yml</c> as a GitHub runner runs a composite action's: each <c>run:</c> step as a file
/// given to <c>bash --noprofile --norc -eo pipefail</c> (what <c>shell: bash</c> means), in the workspace, with its
/// <c>env:</c> evaluated, a fresh <c>GITHUB_OUTPUT</c> file read back as the step's outputs, and the steps after a
/// failed one not run. <c>uses:</c> steps are the runner's to provide (the SDK is here already) and are passed over.
/// Expressions other than <c>inputs.*</c>, <c>github.action_path</c>, <c>runner.temp</c> and
/// <c>steps.*.outputs.*</c> fail the test: the runner would read them, and this one cannot.
/// </summary>
internal sealed partial class ActionRunner(string actionPath, string workspace, string runnerTemp)
{
    /// <summary>The runner's temporary folder, where the action puts the tool it installs.</summary>
    public string RunnerTemp => runnerTemp;

    public static YamlMappingNode Action(string actionPath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(actionPath, "action.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static IEnumerable<YamlMappingNode> Steps(YamlMappingNode action) =>
        ((YamlSequenceNode)action["runs"]["steps"]).Cast<YamlMappingNode>();

    public sealed record Run(int ExitCode, string Log, IReadOnlyDictionary<string, string> Outputs, IReadOnlyList<string> StepsRun);

    /// <param name="inputs">The workflow's <c>with:</c>; an input not given takes its default.</param>
    /// <param name="from">The id of the first step to run; the outputs of the steps before it are <paramref name="earlier"/>.</param>
    public Run Execute(IReadOnlyDictionary<string, string> inputs, string? from = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? earlier = null)
    {
        var action = Action(actionPath);
        var declared = (YamlMappingNode)action["inputs"];
        Assert.That(inputs.Keys.Except(declared.Children.Keys.Select(k => k.ToString())), Is.Empty, "inputs the action does not declare");
        var values = declared.Children.ToDictionary(p => p.Key.ToString(),
            p => inputs.TryGetValue(p.Key.ToString(), out var given) ? given : ((YamlMappingNode)p.Value).Children.TryGetValue("default", out var d) ? d.ToString() : "");
        var stepOutputs = new Dictionary<string, IReadOnlyDictionary<string, string>>(earlier ?? new Dictionary<string, IReadOnlyDictionary<string, string>>());
        var log = new System.Text.StringBuilder();
        var ran = new List<string>();
        bool started = from is null;
        int index = 0;
        foreach (var step in Steps(action))
        {
            index++;
            string id = step.Children.TryGetValue("id", out var idNode) ? idNode.ToString() : $"step{index}";
            started |= id == from;
            if (!started || !step.Children.ContainsKey("run"))
                continue;
            Assert.That(step["shell"].ToString(), Is.EqualTo("bash"), $"step {id}");
            string script = Path.Combine(runnerTemp, $"{id}.sh");
            File.WriteAllText(script, step["run"].ToString());
            string output = Path.Combine(runnerTemp, $"{id}.output");
            File.WriteAllText(output, "");
            var environment = new Dictionary<string, string?>
            {
                ["GITHUB_OUTPUT"] = output,
                ["GITHUB_ACTION_PATH"] = actionPath,
                ["GITHUB_WORKSPACE"] = workspace,
                ["RUNNER_TEMP"] = runnerTemp,
                ["GITHUB_ACTIONS"] = "true",
                ["CI"] = "true",
            };
            if (step.Children.TryGetValue("env", out var env))
            {
                foreach (var (name, value) in ((YamlMappingNode)env).Children)
                    environment[name.ToString()] = Evaluate(value.ToString(), values, stepOutputs);
            }
            var result = ChildProcess.Run("bash", workspace, environment, TimeSpan.FromMinutes(10), "--noprofile", "--norc", "-eo", "pipefail", script);
            log.Append(result.Stdout).Append(result.Stderr);
            ran.Add(id);
            stepOutputs[id] = File.ReadAllLines(output).Where(line => line.Contains('='))
                .ToDictionary(line => line[..line.IndexOf('=')], line => line[(line.IndexOf('=') + 1)..]);
            if (result.ExitCode != 0)
                return new Run(result.ExitCode, log.ToString(), ActionOutputs(action, values, stepOutputs), ran);
        }
        return new Run(0, log.ToString(), ActionOutputs(action, values, stepOutputs), ran);
    }

    private IReadOnlyDictionary<string, string> ActionOutputs(YamlMappingNode action, Dictionary<string, string> values,
        Dictionary<string, IReadOnlyDictionary<string, string>> steps) =>
        ((YamlMappingNode)action["outputs"]).Children.ToDictionary(p => p.Key.ToString(),
            p => Evaluate(((YamlMappingNode)p.Value)["value"].ToString(), values, steps));

    private string Evaluate(string text, Dictionary<string, string> inputs, Dictionary<string, IReadOnlyDictionary<string, string>> steps) =>
        Expression().Replace(text, m =>
        {
            string expression = m.Groups["expression"].Value;
            if (Regex.Match(expression, @"^inputs\.(?<name>[\w-]+)$") is { Success: true } input)
                return inputs[input.Groups["name"].Value];
            if (Regex.Match(expression, @"^steps\.(?<step>[\w-]+)\.outputs\.(?<name>[\w-]+)$") is { Success: true } output)
                return steps.TryGetValue(output.Groups["step"].Value, out var set) && set.TryGetValue(output.Groups["name"].Value, out var value) ? value : "";
            if (expression == "github.action_path")
                return actionPath;
            if (expression == "runner.temp")
                return runnerTemp;
            Assert.Fail($"the test's runner cannot evaluate ${{{{ {expression} }}}}");
            return "";
        });

    [GeneratedRegex(@"\$\{\{\s*(?<expression>.*?)\s*\}\}")]
    public static partial Regex Expression();
}

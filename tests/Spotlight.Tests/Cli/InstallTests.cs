using System.Reflection;
using System.Text.Json;

namespace Spotlight.Tests.Cli;

/// <summary>
/// The install recipes of the README: the package <c>dotnet pack</c> makes installs as a .NET tool and runs, and a
/// native publish with or without <c>-r</c> is built for the same processors.
/// </summary>
[Category("Install")]
public sealed class InstallTests
{
    /// <summary>The build the tests run on, packed as it is, so that the test costs a pack and not a second build.</summary>
    private static string Configuration =>
        typeof(InstallTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string CliProject => Path.Combine(TestFiles.RepositoryRoot, "src", "Spotlight.Cli");

    private string folder = "";

    [SetUp]
    public void MakeFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "spotlight-install-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void The_packed_tool_installs_and_parses_the_seed()
    {
        string packages = Path.Combine(folder, "packages");
        string tools = Path.Combine(folder, "tools");
        Dotnet(TestFiles.RepositoryRoot, "pack", CliProject, "-c", Configuration, "--no-build", "-o", packages, "-nologo");
        var found = Directory.GetFiles(packages, "spotlight.*.nupkg");
        Assert.That(found, Has.Length.EqualTo(1));
        string package = found[0];
        using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(entry => entry.FullName).ToList();
            Assert.That(entries, Does.Contain("tools/net10.0/any/Spotlight.Core.dll").And.Contain("tools/net10.0/any/DotnetToolSettings.xml"));
        }

        // Only the packed folder as a source: the install needs no network, and no package of the same name elsewhere can win.
        string config = Path.Combine(folder, "nuget.config");
        File.WriteAllText(config, """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        Dotnet(folder, "tool", "install", "spotlight", "--tool-path", tools, "--add-source", packages, "--configfile", config);

        var (code, stdout, stderr) = Run(Path.Combine(tools, "spotlight"), TestFiles.RepositoryRoot, "parse", "seeds/000_9f7aefc85182d098.txt");
        Assert.That((code, stderr), Is.EqualTo((0, "")));
        using var tree = JsonDocument.Parse(stdout);
        Assert.That(tree.RootElement.GetProperty("report").GetProperty("series").GetString(), Is.EqualTo("Spotlight on Iran"));
        Assert.That(tree.RootElement.GetProperty("stats").GetProperty("items").GetInt32(), Is.EqualTo(20));
    }

    [Test]
    public void A_publish_without_a_runtime_identifier_is_built_for_the_same_processors_as_one_with_it()
    {
        // The SDK gives a publish without -r its own runtime identifier only in its targets, after the project is read.
        string host = Property(Dotnet(TestFiles.RepositoryRoot, "msbuild", CliProject, "-getProperty:RuntimeIdentifier", "-getProperty:PublishAot", "-p:_IsPublishing=true"), "RuntimeIdentifier");
        Assume.That(host, Does.EndWith("-x64"), "the instruction set is chosen for x86-64 hosts only");
        string Settings(params string[] extra) =>
            Dotnet(TestFiles.RepositoryRoot, ["msbuild", CliProject, "-getProperty:IlcInstructionSet", "-getProperty:PublishAot", "-p:_IsPublishing=true", .. extra]);
        string implicitRid = Settings();
        string explicitRid = Settings($"-p:RuntimeIdentifier={host}");
        Assert.That(Property(implicitRid, "IlcInstructionSet"), Is.EqualTo("x86-64-v3"));
        Assert.That(implicitRid, Is.EqualTo(explicitRid));
    }

    private static string Property(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Properties").GetProperty(name).GetString()!;
    }

    private static string Dotnet(string workingDirectory, params string[] arguments)
    {
        var (code, stdout, stderr) = Run("dotnet", workingDirectory, arguments);
        Assert.That(code, Is.EqualTo(0), $"dotnet {string.Join(' ', arguments)}\n{stdout}\n{stderr}");
        return stdout;
    }

    private static ChildProcess.Result Run(string program, string workingDirectory, params string[] arguments) =>
        ChildProcess.Run(program, workingDirectory, null, TimeSpan.FromSeconds(120), arguments);
}

using Spotlight.Extraction;

namespace Spotlight.Cli.Input;

/// <summary>The <c>--outlets FILE.yml</c> option: the built-in outlet table with a user's entries on top.</summary>
internal static class OutletOption
{
    /// <summary>Loads the table, or says on stderr in one line why the file cannot be used.</summary>
    public static bool TryLoad(string? path, out OutletTable table)
    {
        table = OutletTable.Default;
        if (path is null)
            return true;
        try
        {
            table = OutletTable.Default.With(OutletFile.Parse(SideFile.ReadText(path, SideFile.MaxYamlBytes)));
            return true;
        }
        catch (OutletFileException e)
        {
            Console.Error.WriteLine($"spotlight: {path}: {e.Message}");
        }
        catch (SideFileException e)
        {
            Console.Error.WriteLine($"spotlight: {path}: {e.Message}");
        }
        return false;
    }
}

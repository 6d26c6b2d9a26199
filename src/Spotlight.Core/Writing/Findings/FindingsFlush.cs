using System.Text.Json;

namespace Spotlight.Writing.Findings;

/// <summary>
/// When a findings writer hands what it has written on: a file of hundreds of thousands of findings is written as it
/// goes, not gathered whole in the writer's buffer first (tens of megabytes, more than the report it was found in).
/// </summary>
internal static class FindingsFlush
{
    private const int PendingBytes = 64 * 1024;

    public static void WhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= PendingBytes)
            writer.Flush();
    }
}

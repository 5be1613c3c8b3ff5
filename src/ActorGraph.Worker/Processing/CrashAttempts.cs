using System.Globalization;

namespace ActorGraph.Worker.Processing;

/// <summary>
/// Counts, per claimed file, how often a worker began reading and extracting it without finishing: a marker
/// <c>.name.attempts</c> beside the claim holds the count. It is written before the file is read and removed once the
/// read and extraction return, so only a process that died inside them (stack overflow, native crash, kill) leaves it.
/// </summary>
internal static class CrashAttempts
{
    /// <summary>The suffix of an attempts marker.</summary>
    public const string Suffix = ".attempts";

    /// <summary>The marker of a claimed file.</summary>
    public static string MarkerOf(string claimedPath) =>
        Path.Combine(Path.GetDirectoryName(claimedPath)!, "." + Path.GetFileName(claimedPath) + Suffix);

    /// <summary>Whether a name in a claim folder is an attempts marker, and of which file.</summary>
    public static bool IsMarker(string fileName, out string dataFile)
    {
        dataFile = "";
        if (fileName.Length <= 1 + Suffix.Length || fileName[0] != '.' || !fileName.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return false;
        }

        dataFile = fileName[1..^Suffix.Length];
        return true;
    }

    /// <summary>How many earlier attempts died on this file.</summary>
    public static int Died(string claimedPath)
    {
        try
        {
            var text = File.ReadAllText(MarkerOf(claimedPath)).Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>Records that an attempt begins (the count a death now would leave behind).</summary>
    /// <remarks>No fsync: the page cache outlives the process, which is what the marker must survive.</remarks>
    public static void Begin(string claimedPath, int died) =>
        File.WriteAllText(MarkerOf(claimedPath), (died + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>Removes the marker: the attempt returned, or the file left the claim folder.</summary>
    public static void Clear(string claimedPath) => File.Delete(MarkerOf(claimedPath));
}

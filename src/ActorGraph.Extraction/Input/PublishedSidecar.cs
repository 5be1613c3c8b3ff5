using System.Collections.Concurrent;
using System.Globalization;

namespace ActorGraph.Extraction.Input;

/// <summary>
/// Publication dates for text files, read from a <c>published.tsv</c> beside them (<c>file&lt;TAB&gt;YYYY-MM-DD</c> per line):
/// plain text carries no metadata, so a folder of .txt articles can date them here.
/// </summary>
internal static class PublishedSidecar
{
    /// <summary>The sidecar's file name.</summary>
    public const string FileName = "published.tsv";

    private static readonly ConcurrentDictionary<string, (DateTime Stamp, IReadOnlyDictionary<string, (int Line, string Value)> Rows)> Cache = new(StringComparer.Ordinal);

    /// <summary>The date the sidecar gives a file, null when it gives none, or an error naming the sidecar line.</summary>
    public static (DateOnly? Date, InputError? Error) For(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var sidecar = Path.Combine(folder, FileName);
        if (!File.Exists(sidecar))
        {
            return (null, null);
        }

        var stamp = File.GetLastWriteTimeUtc(sidecar);
        var rows = Cache.AddOrUpdate(sidecar, _ => (stamp, Load(sidecar)), (_, old) => old.Stamp == stamp ? old : (stamp, Load(sidecar))).Rows;
        if (!rows.TryGetValue(Path.GetFileName(path), out var row))
        {
            return (null, null);
        }

        return DateOnly.TryParseExact(row.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, new InputError(sidecar, row.Line, $"'{row.Value}' is not a date (YYYY-MM-DD) for {Path.GetFileName(path)}"));
    }

    private static Dictionary<string, (int Line, string Value)> Load(string sidecar)
    {
        var rows = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        var lineNo = 0;
        foreach (var line in File.ReadLines(sidecar))
        {
            lineNo++;
            var fields = line.Split('\t');
            if (fields.Length >= 2 && fields[0].Length > 0 && !line.StartsWith('#'))
            {
                rows[fields[0].Trim()] = (lineNo, fields[1].Trim());
            }
        }

        return rows;
    }
}

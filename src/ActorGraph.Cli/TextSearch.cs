using System.Globalization;

namespace ActorGraph.Cli;

/// <summary>Substring search that ignores case and accents, so <c>erdogan</c> finds <c>Erdoğan</c>.</summary>
internal static class TextSearch
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    /// <summary>Whether the text contains the query, ignoring case and accents.</summary>
    public static bool Contains(string text, string query) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, query, Loose) >= 0;
}

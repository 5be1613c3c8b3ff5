using System.Text;

namespace ActorGraph.Cli.Fuzz;

/// <summary>One document the fuzzer starts from: its bytes and the extension that picks its reader.</summary>
internal sealed record FuzzSeed(string Extension, byte[] Bytes);

/// <summary>The documents mutated: the sample articles of a folder, plus a small article written out in every input format.</summary>
internal static class FuzzSeeds
{
    private const string Title = "Leaders meet";
    private const string Body = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on Thursday. "
        + "Ukraine accused Russia of violating the ceasefire yesterday, and the EU imposed sanctions on Iran last week.";

    /// <summary>The seeds: every .txt, .html, .htm, .json and .jsonl file under the folder (when given), and one article per format.</summary>
    public static IReadOnlyList<FuzzSeed> Load(string? folder)
    {
        var seeds = new List<FuzzSeed>
        {
            new(".txt", Encoding.UTF8.GetBytes($"{Title}\n{Body}\n")),
            new(".html", Encoding.UTF8.GetBytes($"<html><head><title>{Title}</title><meta property=\"article:published_time\" content=\"2025-05-09\"></head><body><nav>Home</nav><article><h1>{Title}</h1><p>{Body}</p></article></body></html>")),
            new(".html", Encoding.UTF8.GetBytes($"<html><body><div class=\"story\"><div><p>{Body}</p><p>{Body}</p></div></div><div class=\"related\">More news</div></body></html>")),
            new(".json", Encoding.UTF8.GetBytes($"{{\"id\":\"a1\",\"title\":\"{Title}\",\"published\":\"2025-05-09\",\"text\":\"{Body}\"}}")),
            new(".json", Encoding.UTF8.GetBytes($"{{\"id\":\"a2\",\"text\":\"<p>{Body}</p><aside>Read more</aside>\",\"published\":\"2025-05-09T10:00:00+03:00\"}}")),
            new(".jsonl", Encoding.UTF8.GetBytes($"{{\"id\":\"l1\",\"text\":\"{Body}\"}}\n{{\"id\":\"l2\",\"title\":\"T\",\"text\":\"{Body}\",\"published\":\"2025-01-02\"}}\n")),
        };
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                var extension = Path.GetExtension(file).ToLowerInvariant();
                if (extension is ".txt" or ".html" or ".htm" or ".json" or ".jsonl")
                {
                    seeds.Add(new FuzzSeed(extension, File.ReadAllBytes(file)));
                }
            }
        }

        return seeds;
    }
}

using System.Globalization;
using ActorGraph.Core.Articles;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Extraction.Tests.Relations;

/// <summary>A folder of article files with a <c>published.tsv</c> for the text files, read through the real file reader.</summary>
public static class ArticleCorpus
{
    /// <summary>Every article in the folder.</summary>
    public static async Task<IReadOnlyList<Article>> ReadAsync(string folder)
    {
        var published = File.ReadAllLines(Path.Combine(folder, "published.tsv"))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 2)
            .ToDictionary(f => f[0], f => DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var articles = new List<Article>();
        foreach (var file in ArticleFileReader.ExpandPaths([folder]).Files)
        {
            var reader = new ArticleFileReader(new ArticleInputOptions { DefaultPublished = published.GetValueOrDefault(Path.GetFileName(file)) });
            var result = await reader.ReadFileAsync(file);
            Assert.Empty(result.Errors);
            articles.AddRange(result.Articles);
        }

        return articles;
    }
}

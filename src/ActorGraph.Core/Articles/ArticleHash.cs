using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ActorGraph.Core.Articles;

/// <summary>Computes the content hash that decides whether an article changed.</summary>
public static class ArticleHash
{
    /// <summary>SHA-256 over title, text and published date, as lowercase hex.</summary>
    public static string Compute(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var published = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var bytes = Encoding.UTF8.GetBytes($"{article.Title}\u001f{published}\u001f{article.Text}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}

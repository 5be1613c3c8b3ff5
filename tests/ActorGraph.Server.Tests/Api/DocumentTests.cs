using System.Text.Json;
using System.Text.RegularExpressions;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.Api;

/// <summary>The OpenAPI document, its reference page and the explorer's files are served, with nothing fetched from elsewhere.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed partial class DocumentTests(SampleStore samples)
{
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var document = JsonDocument.Parse(await samples.Server.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/v1/actors", "/api/v1/actors/{id}", "/api/v1/paths", "/api/v1/neighbourhood/{id}", "/api/v1/who-met/{id}",
            "/api/v1/alignment", "/api/v1/blocs", "/api/v1/relations/{path}", "/api/v1/export", "/api/v1/articles",
            "/api/v1/stats", "/api/v1/health/live", "/api/v1/health/ready",
        ];
        Assert.Subset(paths, expected.ToHashSet());
        var paths2 = document.GetProperty("paths").GetProperty("/api/v1/paths").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Subset(paths2!, new HashSet<string?> { "from", "to", "k", "types", "since", "until", "minEvents", "modality" });
    }

    [Theory]
    [InlineData("/", "ActorGraph explorer")]
    [InlineData("/reference.html", "API reference")]
    public async Task Pages_load_only_files_this_server_serves(string page, string title)
    {
        var html = await samples.Server.Client.GetStringAsync(page);
        Assert.Contains(title, html, StringComparison.Ordinal);
        foreach (Match m in Sources().Matches(html))
        {
            var source = m.Groups[1].Value;
            Assert.False(source.Contains("//", StringComparison.Ordinal), $"{page} loads {source} from elsewhere");
            using var response = await samples.Server.Client.GetAsync(source.StartsWith('/') ? source : "/" + source);
            Assert.True(response.IsSuccessStatusCode, $"{page} needs {source}, which answers {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_vendored_graph_library_is_served_with_its_licence()
    {
        var library = await samples.Server.Client.GetStringAsync("/vendor/cytoscape.min.js");
        var licence = await samples.Server.Client.GetStringAsync("/vendor/cytoscape.LICENSE.txt");
        Assert.Contains("Cytoscape Consortium", library, StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted", licence, StringComparison.Ordinal);
    }

    [GeneratedRegex("""(?:src|href)="([^"#]+\.(?:js|css))"(?!\w)""")]
    private static partial Regex Sources();
}

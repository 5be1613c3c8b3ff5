using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ActorGraph.Server.Tests.Support;

namespace ActorGraph.Server.Tests.Api;

/// <summary><c>GET /export</c> streams the view in each format as a download that its format's reader opens.</summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ExportTests(SampleStore samples)
{
    [Theory]
    [InlineData("graphml", "application/graphml+xml")]
    [InlineData("gexf", "application/gexf+xml")]
    public async Task Xml_formats_are_well_formed_and_hold_the_neighbourhood(string format, string mediaType)
    {
        using var response = await samples.Server.Client.GetAsync($"/api/v1/export?format={format}&around=Putin&depth=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"actorgraph-Putin.{format}", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "node" && e.ToString().Contains("person/vladimir-putin", StringComparison.Ordinal));
        Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "edge");
    }

    [Fact]
    public async Task Json_export_is_node_link_with_evidence_when_asked()
    {
        using var response = await samples.Server.Client.GetAsync("/api/v1/export?format=json&around=Putin&evidence=1");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(json.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("id").GetString() == "person/vladimir-putin");
        Assert.NotEqual(0, json.GetProperty("links").GetArrayLength());
        Assert.Contains("Putin", json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dot_and_cypher_exports_name_the_centre()
    {
        var dot = await samples.Server.Client.GetStringAsync("/api/v1/export?format=dot&around=person/vladimir-putin");
        var cypher = await samples.Server.Client.GetStringAsync("/api/v1/export?format=cypher&around=Putin");
        Assert.Contains("graph", dot, StringComparison.Ordinal);
        Assert.Contains("person/vladimir-putin", dot, StringComparison.Ordinal);
        Assert.Contains("MERGE", cypher, StringComparison.Ordinal);
        Assert.Contains("person/vladimir-putin", cypher, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_export_is_a_zip_of_the_two_import_files()
    {
        using var response = await samples.Server.Client.GetAsync("/api/v1/export?format=csv&around=Putin&types=CONSULT");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["actors.csv", "relations.csv"], zip.Entries.Select(e => e.FullName).Order());
        using var relations = new StreamReader(zip.GetEntry("relations.csv")!.Open());
        var lines = (await relations.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",CONSULT,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_around_the_whole_graph_is_exported()
    {
        var stats = await samples.Server.Client.GetJsonAsync("/api/v1/stats");
        using var response = await samples.Server.Client.GetAsync("/api/v1/export?format=json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(stats.GetProperty("relations").GetInt64(), json.GetProperty("links").GetArrayLength());
    }
}

using ActorGraph.Query.Lookup;
using ActorGraph.Server.Api.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ActorGraph.Server.Api;

/// <summary>Writes every refused request as RFC 7807 problem details: bad parameters, unknown actors, missing keys, bad bodies.</summary>
internal sealed class ApiProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ApiProblemException e => Problem(e.Status, e.Title, e.Message, e.Extensions),
            ActorNotFoundException e => Problem(StatusCodes.Status404NotFound, "Unknown actor.", e.Message, Suggestions(e, "suggestions")),
            AmbiguousActorException e => Problem(StatusCodes.Status400BadRequest, "Ambiguous actor.", e.Message, Suggestions(e, "candidates")),
            BadHttpRequestException e => Problem(e.StatusCode, "The request could not be read.", e.Message, null),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The problem for an actor the text did not name exactly once, with the actors it may have meant.</summary>
    public static ApiProblemException Lookup(ActorLookupException e, string parameter)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (status, title, key) = e is ActorNotFoundException
            ? (StatusCodes.Status404NotFound, "Unknown actor.", "suggestions")
            : (StatusCodes.Status400BadRequest, "Ambiguous actor.", "candidates");
        var extensions = Suggestions(e, key);
        extensions["parameter"] = parameter;
        return new ApiProblemException(status, title, e.Message, extensions);
    }

    private static Dictionary<string, object?> Suggestions(ActorLookupException e, string key) => new()
    {
        ["query"] = e.Query,
        [key] = e.Candidates.Select(ActorRef.Of).ToList(),
    };

    private static ProblemDetails Problem(int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}

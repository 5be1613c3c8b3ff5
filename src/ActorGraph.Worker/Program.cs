// The worker host is built in the worker issue; until then it only says so.
Console.Error.WriteLine("ActorGraph.Worker: not built yet");
return 1;

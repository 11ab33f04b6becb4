--TEST--
a variadic method: the trace shows every argument
--FILE--
<?php
class Log { function write(string $level, string ...$parts) { echo $level, ": ", implode(" ", $parts), "\n"; } }
$l = new Log;
$l->write("info", "a", "b");
$l->write("warn", "x", [1]);
--EXITCODE--
255
--EXPECTF--
info: a b

Fatal error: Uncaught TypeError: Log::write(): Argument #3 must be of type string, array given, called in %s on line 5 and defined in %s:2
Stack trace:
#0 %s(5): Log->write('warn', 'x', Array)
#1 {main}
  thrown in %s on line 2

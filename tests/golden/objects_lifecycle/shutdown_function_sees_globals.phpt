--TEST--
a shutdown function can still use global objects, which are destroyed afterwards
--FILE--
<?php
class Logger {
    public array $lines = [];
    public function __destruct() { echo "logger flushed ", count($this->lines), " lines\n"; }
}
$log = new Logger;
register_shutdown_function(function () {
    global $log;
    $log->lines[] = "shutdown";
    echo "shutdown function wrote a line\n";
});
$log->lines[] = "main";
echo "script end\n";
--EXPECT--
script end
shutdown function wrote a line
logger flushed 2 lines

--TEST--
func_get_args() in a method and a static method.
--FILE--
<?php
class Logger {
    public function log() { return implode(',', func_get_args()); }
    public static function count() { return func_num_args(); }
}
var_dump((new Logger)->log('a', 'b', 'c'), Logger::count(1, 2));
--EXPECT--
string(5) "a,b,c"
int(2)

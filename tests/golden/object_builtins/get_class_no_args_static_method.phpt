--TEST--
get_class() without arguments works in a static method too.
--FILE--
<?php
class Tool {
    public static function name() { return get_class(); }
}
class Hammer extends Tool {}
var_dump(Tool::name(), Hammer::name());
--EXPECT--
string(4) "Tool"
string(4) "Tool"

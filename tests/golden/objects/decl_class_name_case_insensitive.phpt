--TEST--
Class names are case-insensitive for new, instanceof and static calls, but get_class keeps the declared spelling.
--FILE--
<?php
class MixedCase {
    public static function s() { return 'static'; }
}
$o = new mixedcase;
echo get_class($o), "\n";
var_dump($o instanceof MIXEDCASE);
echo MIXEDcase::s(), "\n";
echo mixedcase::class, "\n";
--EXPECT--
MixedCase
bool(true)
static
mixedcase

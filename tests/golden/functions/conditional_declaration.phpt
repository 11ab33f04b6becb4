--TEST--
A function declared inside if exists once the if has run
--FILE--
<?php
$define = true;
if ($define) {
    function maybe() { return "defined"; }
}
echo maybe(), "\n";
--EXPECT--
defined

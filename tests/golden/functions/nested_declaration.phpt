--TEST--
A function declared inside another exists after the outer one runs
--FILE--
<?php
function outer() {
    function inner() { return "inner"; }
    return "outer";
}
echo outer(), " ", inner(), "\n";
--EXPECT--
outer inner

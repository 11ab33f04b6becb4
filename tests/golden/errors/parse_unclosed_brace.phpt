--TEST--
Parse error: Unclosed '{' names the opening line
--FILE--
<?php
function f() {
    if (true) {
        echo 1;
    }
--EXITCODE--
255
--EXPECTF--
Parse error: Unclosed '{' on line 2 in %s on line 6

--TEST--
A heredoc continue depth is a string literal
--FILE--
<?php
while (true) {
    continue <<<X
1
X;
}
--EXITCODE--
255
--EXPECTF--
Fatal error: 'continue' operator accepts only positive integers in %s on line 4

--TEST--
A body line indented less than the closing marker is a parse error
--FILE--
<?php
echo <<<EOT
    fine
  not fine
    EOT;
--EXITCODE--
255
--EXPECTF--
Parse error: Invalid body indentation level (expecting an indentation level of at least 4) in %s on line 4

--TEST--
A site calling getMessage() on built-in exceptions and on a user class
--FILE--
<?php
class Note {
    public function getMessage() { return "a note"; }
}
$items = [new Exception("first"), new Note, new RuntimeException("second"), new Note, new Exception("third")];
foreach ($items as $item) {
    echo $item->getMessage(), "\n";
}
--EXPECT--
first
a note
second
a note
third

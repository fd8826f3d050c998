#include "widgets/choicebox.h"

ChoiceBox::ChoiceBox(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}
